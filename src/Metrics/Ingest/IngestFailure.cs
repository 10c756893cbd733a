namespace Metrics.Ingest;

/// <summary>An input that could not be read as an article.</summary>
/// <param name="Path">The path as given (or the source name, for text in memory).</param>
/// <param name="Reason">One English line naming the problem, e.g. <c>empty file</c>.</param>
public sealed record IngestFailure(string Path, string Reason)
{
    /// <summary>The line to print on stderr: <c>path: reason</c>.</summary>
    public override string ToString() => $"{Path}: {Reason}";
}
