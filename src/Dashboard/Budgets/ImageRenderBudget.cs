using System.Threading.RateLimiting;
using Dashboard.Presentation.Panels;
using Microsoft.Extensions.Options;

namespace Dashboard.Budgets;

/// <summary>
/// The pixels being drawn at once, over all requests: a PNG is drawn in memory at 4 bytes a pixel
/// before it is compressed, so 24 of the largest at once would take gigabytes. A request waits its
/// turn briefly; when the queue is full or the wait too long it gets 429 (<see cref="TryAcquireAsync"/>).
/// </summary>
internal sealed class ImageRenderBudget : IDisposable
{
    /// <summary>How long a request waits for pixels to free up before it is told to come back.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrencyLimiter limiter;

    public ImageRenderBudget(IOptions<DashboardOptions> options)
    {
        var pixels = (int)Math.Clamp(options.Value.ImagePixelsInFlight, Dashboard.Presentation.Panels.PanelRequest.MaxImagePixels, int.MaxValue);
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = pixels,
            // Requests waiting for up to four budgets' worth of pixels; beyond that, 429 at once.
            QueueLimit = (int)Math.Min(4L * pixels, int.MaxValue),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>A lease on <paramref name="pixels"/> to hold while drawing, or null when the budget stays full (answer 429).</summary>
    public async Task<RateLimitLease?> TryAcquireAsync(long pixels, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(MaxWait);
        try
        {
            var lease = await limiter.AcquireAsync((int)pixels, wait.Token);
            if (lease.IsAcquired)
            {
                return lease;
            }

            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => limiter.Dispose();
}
