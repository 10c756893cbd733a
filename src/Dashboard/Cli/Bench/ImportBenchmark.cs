using System.Diagnostics;
using Metrics.Extraction;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Cli.Bench;

/// <summary>Imports synthetic articles (extract and store, one transaction each) into a temporary SQLite file or PostgreSQL database.</summary>
internal static class ImportBenchmark
{
    /// <summary>
    /// Wall and processor time of the import, time of extracting the same articles alone on one
    /// thread (so that processor time minus it is about what storing cost), and what was stored.
    /// </summary>
    /// <param name="count">Articles to import.</param>
    /// <param name="seed">Makes the articles.</param>
    /// <param name="postgresServer">Null for SQLite; else the PostgreSQL server to create the benchmark's database on.</param>
    public static async Task<ImportFigures> RunAsync(int count, int seed, string? postgresServer = null)
    {
        var articles = SyntheticArticles.Generate(count, seed).Select(ToIngested).ToArray();
        using var database = BenchDatabase.Create("bench-import-", postgresServer);
        var options = database.Storage.Options();
        var factory = new BenchContextFactory(options);
        await new MetricsDatabase(factory).MigrateAsync();
        var importer = new ArticleImporter(factory, TimeProvider.System);

        // Extraction alone first, so the report can say how much of the import is storage.
        var process = Process.GetCurrentProcess();
        var extractionCpuBefore = process.TotalProcessorTime;
        var extraction = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            FactExtractor.ExtractWithUnplaced(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher, article.Url));
        }

        extraction.Stop();
        process.Refresh();
        var extractionCpu = process.TotalProcessorTime - extractionCpuBefore;
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var added = 0;
        await foreach (var step in importer.ImportAllAsync(articles.Select(article => (Func<IngestResult>)(() => IngestResult.Success(article)))))
        {
            added += step.Result?.Outcome == ImportOutcome.Added ? 1 : 0;
        }

        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        await using var context = factory.CreateDbContext();
        return new ImportFigures(watch.Elapsed, cpu, extraction.Elapsed, extractionCpu, added, await context.Facts.CountAsync(), await context.FactMentions.CountAsync());
    }

    /// <summary>The figures of one import run.</summary>
    /// <param name="Wall">Elapsed time of the import.</param>
    /// <param name="Cpu">Processor time the process used meanwhile, all cores summed.</param>
    /// <param name="ExtractionAlone">Extracting the same articles on one thread, nothing stored.</param>
    /// <param name="ExtractionCpu">Processor time of that.</param>
    /// <param name="Articles">Articles added.</param>
    /// <param name="Facts">Canonical facts stored.</param>
    /// <param name="Mentions">Reports of them stored.</param>
    public sealed record ImportFigures(TimeSpan Wall, TimeSpan Cpu, TimeSpan ExtractionAlone, TimeSpan ExtractionCpu, int Articles, int Facts, int Mentions);

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
