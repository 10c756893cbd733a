using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Metrics.Extraction.Facts;
using Metrics.Ingest;

namespace Metrics.Import;

/// <summary>
/// Stores a run's articles through several sessions at once (PostgreSQL: one backend each, so the
/// server's work spreads over its cores and overlaps the app's), and yields what each did in input
/// order. Two articles that could touch the same rows (the same text, the same url, facts of the
/// same district, which are all a further report can match) are stored in input order: each
/// district keeps to one writer, and an article that needs rows another writer is still storing
/// waits for it. So the stored result is the one-writer run's, apart from which ids the rows take;
/// the advisory locks (<see cref="ConcurrentImports"/>) keep it safe as for two app instances.
/// A storage error ends the run at its article; articles after it may already be stored (each is
/// whole, and a run again finds them).
/// </summary>
/// <param name="sessions">One per writer, each with its own connection.</param>
/// <param name="finish">Completes a stored article's result (its warnings) from the article and its facts.</param>
internal sealed class ParallelWriters(
    IReadOnlyList<ArticleImportSession> sessions, Func<ArticleImportResult, IngestedArticle, IReadOnlyList<ExtractedFact>, ArticleImportResult> finish)
{
    // How many articles each writer and the ordered results may hold before the reader waits.
    private const int Queue = 16;

    private readonly Channel<Work>[] queues =
        [.. sessions.Select(_ => Channel.CreateBounded<Work>(new BoundedChannelOptions(Queue) { SingleReader = true, SingleWriter = true }))];
    private readonly Dictionary<string, (int Writer, Task Done)> lastByKey = new(StringComparer.Ordinal);

    private sealed record Work(IngestedArticle Article, IReadOnlyList<ExtractedFact> Extracted, TaskCompletionSource<ArticleImportResult> Stored);

    /// <summary>Stores each prepared input that was read and extracted; the others pass through with no result.</summary>
    public async IAsyncEnumerable<ArticleImportStep> StoreAsync(
        IAsyncEnumerable<(IngestResult Input, IReadOnlyList<ExtractedFact> Extracted)> prepared, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordered = Channel.CreateBounded<(IngestResult Input, Task<ArticleImportResult>? Stored)>(
            new BoundedChannelOptions(Queue * sessions.Count) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writers = sessions.Select((session, k) => Task.Run(() => WriteAsync(session, queues[k].Reader, stop.Token), CancellationToken.None)).ToArray();
        var dispatcher = Task.Run(() => DispatchAsync(prepared, ordered.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var (input, stored) in ordered.Reader.ReadAllAsync(cancellationToken))
            {
                yield return new ArticleImportStep(input, stored is null ? null : await stored);
            }
        }
        finally
        {
            // Done, failed or cancelled: the writers finish the article they store and stop.
            await stop.CancelAsync();
            await Task.WhenAll(writers.Append(dispatcher).Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    private async Task DispatchAsync(
        IAsyncEnumerable<(IngestResult Input, IReadOnlyList<ExtractedFact> Extracted)> prepared,
        ChannelWriter<(IngestResult, Task<ArticleImportResult>?)> ordered, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (input, extracted) in prepared.WithCancellation(cancellationToken))
            {
                if (!input.Succeeded)
                {
                    await ordered.WriteAsync((input, null), cancellationToken);
                    continue;
                }

                var work = new Work(input.Article!, extracted, new TaskCompletionSource<ArticleImportResult>(TaskCreationOptions.RunContinuationsAsynchronously));
                await ordered.WriteAsync((input, work.Stored.Task), cancellationToken);
                var keys = Keys(work);
                var writer = WriterFor(keys);
                // Rows another writer is still storing come first: wait for them (input order, as one writer would keep it).
                await Task.WhenAll(keys.Select(key => lastByKey.GetValueOrDefault(key)).Where(last => last.Done is not null && last.Writer != writer).Select(last => last.Done));
                foreach (var key in keys)
                {
                    lastByKey[key] = (writer, work.Stored.Task);
                }

                ForgetStored();

                await queues[writer].Writer.WriteAsync(work, cancellationToken);
            }

            ordered.Complete();
        }
        catch (Exception exception)
        {
            ordered.Complete(exception);
        }
        finally
        {
            foreach (var queue in queues)
            {
                queue.Writer.TryComplete();
            }
        }
    }

    private async Task WriteAsync(ArticleImportSession session, ChannelReader<Work> queue, CancellationToken cancellationToken)
    {
        await foreach (var work in queue.ReadAllAsync(CancellationToken.None))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                work.Stored.TrySetCanceled(cancellationToken);
                continue;
            }

            try
            {
                work.Stored.SetResult(finish(await session.StoreAsync(work.Article, work.Extracted, cancellationToken), work.Article, work.Extracted));
            }
            catch (Exception exception)
            {
                work.Stored.SetException(exception);
            }
        }
    }

    // Only articles still being stored can hold another back: the stored ones are forgotten now and
    // then, so that a run of a million articles does not keep a key for each.
    private void ForgetStored()
    {
        if (lastByKey.Count < KeysKept)
        {
            return;
        }

        foreach (var stored in lastByKey.Where(entry => entry.Value.Done.IsCompleted).Select(entry => entry.Key).ToList())
        {
            lastByKey.Remove(stored);
        }
    }

    private const int KeysKept = 4096;

    // What two articles must not store at once: the text, the url, the district of each placed fact.
    private static List<string> Keys(Work work) =>
        [.. ConcurrentImports.LockKeys(work.Article, work.Extracted).Where(key => key != ConcurrentImports.UnplacedKey)];

    // A district keeps to one writer (the first district's decides); an article with none goes by its text.
    private int WriterFor(List<string> keys)
    {
        var key = keys.FirstOrDefault(k => k.StartsWith(ConcurrentImports.DistrictPrefix, StringComparison.Ordinal)) ?? keys[0];
        return (int)((uint)StableHash(key) % (uint)sessions.Count);
    }

    private static int StableHash(string key)
    {
        var hash = 17;
        foreach (var c in key)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
