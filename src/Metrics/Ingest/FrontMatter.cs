namespace Metrics.Ingest;

/// <summary>The fields of a Jekyll-style front matter block that the ingest honours.</summary>
internal sealed record FrontMatter
{
    public string? Title { get; init; }

    /// <summary>The <c>published</c> date, else the <c>date</c>, when it is a real date.</summary>
    public DateOnly? Date { get; init; }

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];
}
