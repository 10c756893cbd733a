namespace Metrics.Gazetteer;

/// <summary>
/// A person in a post of a unit for an interval, as the leader table gives it.
/// </summary>
/// <param name="Person">The name (simplified characters).</param>
/// <param name="Post">The post as the source wrote it (区委书记, 市长, 党工委书记).</param>
/// <param name="District">The gold-schema district, or the outside place for leaders outside Nantong.</param>
/// <param name="From">Start of the tenure; null when unknown.</param>
/// <param name="To">End of the tenure; null when unknown or still in office.</param>
/// <param name="IsOutsideNantong">True when <paramref name="District"/> is a place outside Nantong.</param>
/// <param name="Source">The articles or cases that attest it.</param>
/// <param name="Note">Anything a reader of the table should know.</param>
public sealed record LeaderTenure(
    string Person,
    string Post,
    string District,
    TenureBound? From,
    TenureBound? To,
    bool IsOutsideNantong,
    string Source,
    string? Note)
{
    /// <summary>True when the date lies inside the interval (unknown ends are open).</summary>
    public bool Contains(DateOnly date) =>
        (From is null || From.Value.Date <= date) && (To is null || date <= To.Value.Date);

    /// <summary>
    /// Days from the interval to the date, counted only across approximate (attested) ends:
    /// a firm end (港闸区 ended 2020-07-27) is never crossed.
    /// </summary>
    internal int? DaysOutside(DateOnly date)
    {
        if (Contains(date))
        {
            return 0;
        }

        if (From is { } from && date < from.Date)
        {
            return from.IsApproximate ? from.Date.DayNumber - date.DayNumber : null;
        }

        if (To is { } to && date > to.Date)
        {
            return to.IsApproximate ? date.DayNumber - to.Date.DayNumber : null;
        }

        return null;
    }
}
