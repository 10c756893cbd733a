using Metrics.Ingest;

namespace Metrics.Import;

/// <summary>Counts of one import run, and why each rejected input was refused.</summary>
public sealed record ImportSummary(int Added, int Unchanged, int Updated, IReadOnlyList<IngestFailure> Rejected)
{
    public int Total => Added + Unchanged + Updated + Rejected.Count;
}

/// <summary>Imports files and folders: reads each, stores it, and collects failures without stopping.</summary>
public sealed class ArticleFileImport(ArticleImporter importer)
{
    public async Task<ImportSummary> ImportAsync(IEnumerable<string> paths, IngestOptions options, CancellationToken cancellationToken = default)
    {
        var scan = ArticleFileScanner.Scan(paths);
        var rejected = new List<IngestFailure>(scan.Failures);
        int added = 0, unchanged = 0, updated = 0;
        foreach (var file in scan.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = ArticleFileReader.Read(file, options);
            if (!read.Succeeded)
            {
                rejected.Add(read.Failure);
                continue;
            }

            var result = await importer.ImportAsync(read.Article, cancellationToken);
            switch (result.Outcome)
            {
                case ImportOutcome.Added: added++; break;
                case ImportOutcome.Unchanged: unchanged++; break;
                case ImportOutcome.Updated: updated++; break;
            }
        }

        return new ImportSummary(added, unchanged, updated, rejected);
    }
}
