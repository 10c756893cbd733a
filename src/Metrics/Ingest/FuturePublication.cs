namespace Metrics.Ingest;

/// <summary>
/// A publication date later than today cannot be right (a typo, a wrong page stamp, 9999-12-31): it
/// would date the article's facts in the future and stretch every chart to it. Today is Nantong's
/// (UTC+8), so an article published this morning there is accepted wherever the server runs.
/// </summary>
public static class FuturePublication
{
    /// <summary>Nantong's offset from UTC.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Today's date in Nantong.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>Why <paramref name="published"/> is refused, or null when it is today or earlier (or unknown).</summary>
    public static string? WhyRefused(DateOnly? published, TimeProvider clock) =>
        published is { } date && date > Today(clock)
            ? $"publication date {date:yyyy-MM-dd} is later than today ({Today(clock):yyyy-MM-dd} in Nantong): correct the date and import again"
            : null;
}
