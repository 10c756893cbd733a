namespace Metrics.Ingest;

/// <summary>The article files found by <see cref="ArticleFileScanner.Scan"/>, and the paths that were
/// not usable.</summary>
/// <param name="Files">Article files to read: named files in the order given, each folder's files
/// sorted by ordinal path; no file twice.</param>
/// <param name="Failures">One per path that does not exist or names a file of an unsupported type.</param>
public sealed record ArticleFileScan(IReadOnlyList<string> Files, IReadOnlyList<IngestFailure> Failures);
