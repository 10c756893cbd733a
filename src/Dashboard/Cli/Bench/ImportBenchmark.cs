using System.Diagnostics;
using Metrics.Extraction;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Cli.Bench;

/// <summary>Imports synthetic articles (extract and store, one transaction each) into a temporary SQLite file.</summary>
internal static class ImportBenchmark
{
    /// <summary>Wall time of the import, of extracting the same articles alone on one thread, and the articles and facts stored.</summary>
    public static async Task<(TimeSpan Wall, TimeSpan ExtractionAlone, int Articles, int Facts)> RunAsync(int count, int seed)
    {
        var articles = SyntheticArticles.Generate(count, seed).Select(ToIngested).ToArray();
        var folder = Directory.CreateTempSubdirectory("bench-import-");
        try
        {
            var options = new DbContextOptionsBuilder<MetricsDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder.FullName, "bench.db")}")
                .Options;
            var factory = new BenchContextFactory(options);
            await new MetricsDatabase(factory).MigrateAsync();
            var importer = new ArticleImporter(factory, TimeProvider.System);

            // Extraction alone first, so the report can say how much of the import is storage.
            var extraction = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                FactExtractor.Extract(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher));
            }

            extraction.Stop();
            var watch = Stopwatch.StartNew();
            var added = 0;
            await foreach (var step in importer.ImportAllAsync(articles.Select(article => (Func<IngestResult>)(() => IngestResult.Success(article)))))
            {
                added += step.Result?.Outcome == ImportOutcome.Added ? 1 : 0;
            }

            watch.Stop();
            await using var context = factory.CreateDbContext();
            return (watch.Elapsed, extraction.Elapsed, added, await context.Facts.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static IngestedArticle ToIngested(SyntheticArticle article) => new()
    {
        SourceName = article.Id,
        Title = article.Title,
        Publisher = article.Publisher,
        Published = article.Published,
        PublishedSource = PublishedDateSource.Sidecar,
        Text = article.Text,
        ContentHash = ContentHash.Compute(article.Text),
        Format = ArticleFormats.Txt,
    };

    private sealed class BenchContextFactory(DbContextOptions<MetricsDbContext> options) : IDbContextFactory<MetricsDbContext>
    {
        public MetricsDbContext CreateDbContext() => new(options);
    }
}
