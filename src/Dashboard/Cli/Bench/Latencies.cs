using System.Globalization;

namespace Dashboard.Cli.Bench;

/// <summary>Request times of one benchmark case, with the percentiles the report prints.</summary>
internal sealed record Latencies(string Case, IReadOnlyList<TimeSpan> Times)
{
    public TimeSpan Percentile(double share)
    {
        var sorted = Times.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public TimeSpan Max => Times.Max();

    /// <summary><c>p50 3.1 ms, p95 4.0 ms, max 7.2 ms</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Case}: p50 {Percentile(0.50).TotalMilliseconds:F1} ms, p95 {Percentile(0.95).TotalMilliseconds:F1} ms, max {Max.TotalMilliseconds:F1} ms over {Times.Count} requests");

    /// <summary><c>p50 3.1 ms, p95 4.0 ms, p99 5.5 ms, max 7.2 ms</c>, for a load where the tail is the target.</summary>
    public string WithTail() => string.Create(CultureInfo.InvariantCulture,
        $"{Case}: p50 {Percentile(0.50).TotalMilliseconds:F1} ms, p95 {Percentile(0.95).TotalMilliseconds:F1} ms, p99 {Percentile(0.99).TotalMilliseconds:F1} ms, max {Max.TotalMilliseconds:F1} ms over {Times.Count} requests");
}
