namespace Metrics.Ingest;

/// <summary>What an HTML page says about itself, and its text.</summary>
internal sealed record HtmlPage
{
    /// <summary>The visible text, one block per line.</summary>
    public required string Text { get; init; }

    /// <summary><c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>.</summary>
    public string? Title { get; init; }

    /// <summary>From a publication-date <c>&lt;meta&gt;</c> tag.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>From <c>og:site_name</c> or <c>ContentSource</c>.</summary>
    public string? Publisher { get; init; }

    /// <summary>The canonical link or <c>og:url</c>, when absolute.</summary>
    public string? Url { get; init; }
}
