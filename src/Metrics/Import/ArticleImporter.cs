using System.Runtime.CompilerServices;
using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// Stores ingested articles with the facts extracted from them, one transaction each.
/// Idempotent: the same text twice is one article; a changed text at a known url replaces the
/// old text and its unreviewed facts, and keeps every reviewed one.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Stores the article and its facts, or does nothing when the same text is already stored.</summary>
    public async Task<ArticleImportResult> ImportAsync(IngestedArticle article, CancellationToken cancellationToken = default)
    {
        await using var session = await ArticleImportSession.OpenAsync(contextFactory, clock, cancellationToken);
        var extracted = Extract(article);
        return Warned(await session.StoreAsync(article, extracted, cancellationToken), article, extracted);
    }

    /// <summary>
    /// Reads and extracts the inputs on worker threads, a few ahead, while one writer stores them in
    /// input order, one transaction per article; yields each input with what storing it did
    /// (nothing for an input that could not be read). A storage error ends the run at its article.
    /// </summary>
    /// <param name="inputs">Each reads one article (a file, or one already in memory); called on a worker thread.</param>
    /// <param name="cancellationToken">Stops after the article being stored.</param>
    public async IAsyncEnumerable<ArticleImportStep> ImportAllAsync(
        IEnumerable<Func<IngestResult>> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = await ArticleImportSession.OpenAsync(contextFactory, clock, cancellationToken);
        var prepared = OrderedPipeline.RunAsync(inputs, Prepare, Environment.ProcessorCount * 4, cancellationToken);
        await foreach (var (input, extracted) in prepared)
        {
            yield return new ArticleImportStep(input, input.Succeeded ? Warned(await session.StoreAsync(input.Article, extracted, cancellationToken), input.Article, extracted) : null);
        }
    }

    private static ArticleImportResult Warned(ArticleImportResult result, IngestedArticle article, IReadOnlyList<ExtractedFact> extracted) =>
        result.Outcome == ImportOutcome.Unchanged ? result : result with { Warnings = ImportWarnings.For(article.Published, extracted) };

    private static (IngestResult Input, IReadOnlyList<ExtractedFact> Extracted) Prepare(Func<IngestResult> read)
    {
        var input = read();
        return (input, input.Succeeded ? Extract(input.Article) : []);
    }

    private static IReadOnlyList<ExtractedFact> Extract(IngestedArticle article) =>
        FactExtractor.ExtractWithUnplaced(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher));
}
