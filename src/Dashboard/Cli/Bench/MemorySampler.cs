using System.Diagnostics;

namespace Dashboard.Cli.Bench;

/// <summary>Samples this process's working set every <see cref="Every"/> while it runs; the largest sample is the run's peak.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long max;

    public MemorySampler() => sampling = SampleAsync();

    /// <summary>The largest working set seen so far, in bytes.</summary>
    public long MaxBytes => Interlocked.Read(ref max);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(Every);
        do
        {
            process.Refresh();
            var now = process.WorkingSet64;
            if (now > Interlocked.Read(ref max))
            {
                Interlocked.Exchange(ref max, now);
            }
        }
        while (await Tick(timer));
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
