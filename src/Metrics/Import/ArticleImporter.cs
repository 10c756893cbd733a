using System.Runtime.CompilerServices;
using Metrics.Extraction;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Import;

/// <summary>
/// Stores ingested articles with the facts extracted from them, one transaction each.
/// Idempotent: the same text twice is one article; a changed text at a known url replaces the
/// old text and its unreviewed facts, keeps every reviewed one and the old text as a version,
/// unless it looks wrong (<see cref="ReplacementCheck"/>): then it is held for review instead.
/// </summary>
/// <param name="contextFactory">Opens the database, one context per stored article.</param>
/// <param name="clock">Stamps what is stored.</param>
/// <param name="limits">The step budget of each article's extraction; <see cref="ExtractionLimits.Default"/> when null.</param>
public sealed class ArticleImporter(IDbContextFactory<MetricsDbContext> contextFactory, TimeProvider clock, ExtractionLimits? limits = null)
{
    private readonly ExtractionLimits limits = limits ?? ExtractionLimits.Default;

    /// <summary>Stores the article and its facts, or does nothing when the same text is already stored.</summary>
    public Task<ArticleImportResult> ImportAsync(IngestedArticle article, CancellationToken cancellationToken = default) =>
        ImportAsync(article, recorder: null, cancellationToken);

    /// <summary>As <see cref="ImportAsync(IngestedArticle, CancellationToken)"/>; <paramref name="recorder"/> (an audit) runs in the article's transaction when it changed something.</summary>
    /// <exception cref="ExtractionBudgetExceededException">The article's extraction went over its budget; nothing was stored.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, during the extraction too (a client that has gone).</exception>
    public async Task<ArticleImportResult> ImportAsync(IngestedArticle article, ImportRecorder? recorder, CancellationToken cancellationToken = default)
    {
        // Extracted before the session opens: a long extraction holds no connection.
        var extracted = Extract(article, cancellationToken);
        await using var session = await ArticleImportSession.OpenAsync(contextFactory, clock, recorder, cancellationToken);
        return Warned(await session.StoreAsync(article, extracted, cancellationToken), article, extracted);
    }

    /// <summary>
    /// Reads and extracts the inputs on worker threads, a few ahead, while one writer stores them in
    /// input order, one transaction per article; yields each input with what storing it did
    /// (nothing for an input that could not be read, or whose extraction went over its budget: a
    /// failure naming it). A storage error ends the run at its article. On PostgreSQL two writers
    /// store (<see cref="ParallelWriters"/>: articles that share rows still in input order, so articles
    /// after a failing one may be stored too), and the commits of the run do not each wait for the
    /// disk; the run waits once, at its end, for all of them.
    /// </summary>
    /// <param name="inputs">Each reads one article (a file, or one already in memory); called on a worker thread.</param>
    /// <param name="cancellationToken">Stops after the article being stored.</param>
    /// <param name="recorder">Runs in each article's transaction when storing it changed something (an audit); null for none.</param>
    public async IAsyncEnumerable<ArticleImportStep> ImportAllAsync(
        IEnumerable<Func<IngestResult>> inputs, ImportRecorder? recorder = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = await ArticleImportSession.OpenAsync(contextFactory, clock, recorder, cancellationToken, commitsLater: true);
        var prepared = OrderedPipeline.RunAsync(inputs, read => Prepare(read, cancellationToken), Environment.ProcessorCount * 4, cancellationToken);
        if (!session.CanStoreInParallel || Writers < 2)
        {
            await foreach (var (input, extracted) in prepared)
            {
                yield return new ArticleImportStep(input, input.Succeeded ? Warned(await session.StoreAsync(input.Article, extracted, cancellationToken), input.Article, extracted) : null);
            }
        }
        else
        {
            await using var second = await ArticleImportSession.OpenAsync(contextFactory, clock, recorder, cancellationToken, commitsLater: true);
            await foreach (var step in new ParallelWriters([session, second], Warned).StoreAsync(prepared, cancellationToken))
            {
                yield return step;
            }
        }

        // Every writer's commits came before this one, which waits for the disk: all of them are on it then.
        await session.MakeDurableAsync(cancellationToken);
    }

    // PostgreSQL stores a run through two sessions (two backends); more would mostly wait on each other's rows.
    private static int Writers => Math.Min(2, Environment.ProcessorCount);

    private static ArticleImportResult Warned(ArticleImportResult result, IngestedArticle article, IReadOnlyList<ExtractedFact> extracted) =>
        result.Outcome == ImportOutcome.Unchanged ? result : result with { Warnings = ImportWarnings.For(article.Published, extracted) };

    private (IngestResult Input, IReadOnlyList<ExtractedFact> Extracted) Prepare(Func<IngestResult> read, CancellationToken cancellationToken)
    {
        var input = read();
        if (!input.Succeeded)
        {
            return (input, []);
        }

        try
        {
            return (input, Extract(input.Article, cancellationToken));
        }
        catch (ExtractionBudgetExceededException exception)
        {
            return (IngestResult.Failed(input.Article.SourcePath ?? input.Article.SourceName, exception.Message), []);
        }
    }

    private IReadOnlyList<ExtractedFact> Extract(IngestedArticle article, CancellationToken cancellationToken) =>
        FactExtractor.ExtractWithUnplaced(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher, article.Url), limits, cancellationToken);
}
