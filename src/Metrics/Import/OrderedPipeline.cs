using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Metrics.Import;

/// <summary>
/// Runs a CPU-bound step over items on worker threads, a bounded number ahead of the consumer,
/// and hands the results back in the items' order: extraction runs in parallel while one writer
/// stores, and the stored order (and so which report of an event becomes canonical) stays the input's.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>Results of <paramref name="work"/> over <paramref name="items"/>, in order; an exception in the work surfaces at its item.</summary>
    /// <param name="items">Enumerated on a background thread, once.</param>
    /// <param name="work">Runs on the thread pool, up to <paramref name="ahead"/> items at a time.</param>
    /// <param name="ahead">How many items may be in work or waiting for the consumer.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(
        IEnumerable<TIn> items, Func<TIn, TOut> work, int ahead, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var queue = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(Math.Max(1, ahead)) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    await queue.Writer.WriteAsync(Task.Run(() => work(item), stop.Token), stop.Token);
                }

                queue.Writer.Complete();
            }
            catch (Exception exception)
            {
                queue.Writer.Complete(exception);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var pending in queue.Reader.ReadAllAsync(cancellationToken))
            {
                yield return await pending;
            }
        }
        finally
        {
            // The consumer stopped (done, failed or cancelled): let the producer end, and observe
            // whatever work is still queued so that no task's exception goes unobserved.
            await stop.CancelAsync();
            await producer;
            while (queue.Reader.TryRead(out var left))
            {
                await Task.WhenAny(left);
                _ = left.Exception;
            }
        }
    }
}
