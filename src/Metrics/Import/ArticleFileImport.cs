using Metrics.Ingest;

namespace Metrics.Import;

/// <summary>Counts of one import run, and why each rejected input was refused.</summary>
/// <param name="Added">New articles stored.</param>
/// <param name="Unchanged">Inputs whose text was already stored.</param>
/// <param name="Updated">Changed texts at a known url.</param>
/// <param name="Rejected">Inputs that could not be read, with the reason.</param>
/// <param name="NewFacts">Canonical facts the run brought in.</param>
/// <param name="KnownFacts">Reports of facts already stored (the same event in another article).</param>
/// <param name="Held">Changed texts at a known url held for review (much shorter, or an error page).</param>
public sealed record ImportSummary(int Added, int Unchanged, int Updated, IReadOnlyList<IngestFailure> Rejected, int NewFacts = 0, int KnownFacts = 0, int Held = 0)
{
    /// <summary>The stored inputs that come with warnings (<see cref="ImportWarnings"/>), by path.</summary>
    public IReadOnlyList<(string Path, IReadOnlyList<string> Warnings)> Warned { get; init; } = [];

    public int Total => Added + Unchanged + Updated + Held + Rejected.Count;
}

/// <summary>Imports files and folders: reads and extracts them on worker threads, stores them in order, and collects failures without stopping.</summary>
public sealed class ArticleFileImport(ArticleImporter importer)
{
    public Task<ImportSummary> ImportAsync(IEnumerable<string> paths, IngestOptions options, CancellationToken cancellationToken = default) =>
        ImportAsync(paths, options, recorder: null, cancellationToken);

    /// <param name="paths">Files and folders.</param>
    /// <param name="options">Size limit and publication date.</param>
    /// <param name="recorder">Runs in each article's transaction when it changed something (the verb's audit entry); null for none.</param>
    /// <param name="cancellationToken">Stops after the article being stored.</param>
    public async Task<ImportSummary> ImportAsync(IEnumerable<string> paths, IngestOptions options, ImportRecorder? recorder, CancellationToken cancellationToken = default)
    {
        var scan = ArticleFileScanner.Scan(paths);
        var rejected = new List<IngestFailure>(scan.Failures);
        int added = 0, unchanged = 0, updated = 0, held = 0, newFacts = 0, knownFacts = 0;
        var warned = new List<(string Path, IReadOnlyList<string> Warnings)>();
        var reads = scan.Files.Select(file => (Func<IngestResult>)(() => ArticleFileReader.Read(file, options)));
        await foreach (var (input, result) in importer.ImportAllAsync(reads, recorder, cancellationToken))
        {
            if (result is null)
            {
                rejected.Add(input.Failure!);
                continue;
            }

            if (result.Warnings.Count > 0)
            {
                warned.Add((input.Article!.SourcePath ?? input.Article.SourceName, result.Warnings));
            }

            newFacts += result.NewFacts;
            knownFacts += result.KnownFacts;
            switch (result.Outcome)
            {
                case ImportOutcome.Added: added++; break;
                case ImportOutcome.Unchanged: unchanged++; break;
                case ImportOutcome.Updated: updated++; break;
                case ImportOutcome.Held: held++; break;
            }
        }

        return new ImportSummary(added, unchanged, updated, rejected, newFacts, knownFacts, held) { Warned = warned };
    }
}
