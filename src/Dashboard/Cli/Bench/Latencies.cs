using System.Globalization;

namespace Dashboard.Cli.Bench;

/// <summary>Request times of one benchmark case, with the percentiles the report prints.</summary>
internal sealed record Latencies(string Case, IReadOnlyList<TimeSpan> Times)
{
    /// <summary>True when the case made no request (a run too short to reach it): it has no percentiles.</summary>
    public bool IsEmpty => Times.Count == 0;

    /// <exception cref="InvalidOperationException">The case made no request (<see cref="IsEmpty"/>).</exception>
    public TimeSpan Percentile(double share)
    {
        if (IsEmpty)
        {
            throw new InvalidOperationException($"{Case}: no requests were made, so there is no percentile.");
        }

        var sorted = Times.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public TimeSpan Max => IsEmpty ? TimeSpan.Zero : Times.Max();

    /// <summary><c>met</c> or <c>MISSED</c> for "the <paramref name="share"/> percentile within <paramref name="milliseconds"/>", or <c>not measured</c> with no requests.</summary>
    public string Verdict(double share, double milliseconds) =>
        IsEmpty ? "not measured (no requests)" : Percentile(share).TotalMilliseconds <= milliseconds ? "met" : "MISSED";

    /// <summary><c>p50 3.1 ms, p95 4.0 ms, max 7.2 ms</c>.</summary>
    public override string ToString() => IsEmpty ? $"{Case}: no requests made" : string.Create(CultureInfo.InvariantCulture,
        $"{Case}: p50 {Percentile(0.50).TotalMilliseconds:F1} ms, p95 {Percentile(0.95).TotalMilliseconds:F1} ms, max {Max.TotalMilliseconds:F1} ms over {Times.Count} requests");

    /// <summary><c>p50 3.1 ms, p95 4.0 ms, p99 5.5 ms, max 7.2 ms</c>, for a load where the tail is the target.</summary>
    public string WithTail() => IsEmpty ? $"{Case}: no requests made" : string.Create(CultureInfo.InvariantCulture,
        $"{Case}: p50 {Percentile(0.50).TotalMilliseconds:F1} ms, p95 {Percentile(0.95).TotalMilliseconds:F1} ms, p99 {Percentile(0.99).TotalMilliseconds:F1} ms, max {Max.TotalMilliseconds:F1} ms over {Times.Count} requests");
}
