using Dashboard.Cli.Bench;

namespace Dashboard.Tests.Cli;

/// <summary>A benchmark case too short to have made a request (bench load --seconds 1) reports so instead of failing.</summary>
public sealed class LatenciesTests
{
    [Fact]
    public void ACaseWithNoRequestsSaysSoAndMeasuresNoTarget()
    {
        var none = new Latencies("/api/series", []);

        Assert.Equal("/api/series: no requests made", none.ToString());
        Assert.Equal("/api/series: no requests made", none.WithTail());
        Assert.Equal("not measured (no requests)", none.Verdict(0.99, 50));
        Assert.Throws<InvalidOperationException>(() => none.Percentile(0.99));
    }

    [Fact]
    public void PercentilesAndVerdictsComeFromTheTimes()
    {
        var times = new Latencies("PNG", [.. Enumerable.Range(1, 100).Select(ms => TimeSpan.FromMilliseconds(ms))]);

        Assert.Equal(99, times.Percentile(0.99).TotalMilliseconds);
        Assert.Equal("met", times.Verdict(0.99, 99));
        Assert.Equal("MISSED", times.Verdict(0.99, 98));
        Assert.Contains("p99 99.0 ms", times.WithTail(), StringComparison.Ordinal);
    }
}
