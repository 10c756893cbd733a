using Metrics.Queries;

namespace Dashboard.Components.Filters;

/// <summary>
/// The calendar years that hold facts, for year pickers and their defaults: the latest one not
/// after this year (a fact dated in a plan's future does not move the default), and the earliest.
/// </summary>
/// <param name="WithData">Years holding a fact that is not rejected, oldest first.</param>
/// <param name="Latest">The latest of them not after this year; this year when there are none.</param>
/// <param name="Earliest">The earliest of them; <paramref name="Latest"/> when there are none.</param>
public sealed record DataYears(IReadOnlyList<int> WithData, int Latest, int Earliest)
{
    public static async Task<DataYears> LoadAsync(KpiTrendQuery query, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var withData = await query.YearsAsync(cancellationToken);
        var thisYear = clock.GetLocalNow().Year;
        var latest = withData.Where(y => y <= thisYear).DefaultIfEmpty(thisYear).Max();
        return new DataYears(withData, latest, withData.DefaultIfEmpty(latest).Min());
    }
}
