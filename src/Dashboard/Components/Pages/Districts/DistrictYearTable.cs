using System.Globalization;
using Metrics.Queries;

namespace Dashboard.Components.Pages.Districts;

/// <summary>One district's figure for one calendar year, against the calendar year before.</summary>
/// <param name="Value">The count, or the sum in yuan.</param>
/// <param name="LowerBound">True when an amount in the sum was only a lower bound (shown with ≥).</param>
/// <param name="Facts">How many facts the value is made of.</param>
/// <param name="Change">Value minus the previous year's value.</param>
/// <param name="ChangeShare">The change as a share of the previous year's value; null when that was 0.</param>
/// <param name="PreviousLowerBound">True when the previous year's value was only a lower bound.</param>
public sealed record DistrictYearCell(long Value, bool LowerBound, int Facts, long Change, double? ChangeShare, bool PreviousLowerBound);

/// <summary>A row of the table: a district (or the total) and its cells, one per year.</summary>
public sealed record DistrictYearRow(string District, IReadOnlyList<DistrictYearCell> Cells);

/// <summary>
/// The district × year table of <c>/districts</c>: the yearly series of <c>/api/series</c> for the
/// chosen years, each cell with its change against the previous calendar year (the first year's
/// against the year before the range, read separately), and a total row.
/// </summary>
/// <param name="Years">The columns, oldest first.</param>
/// <param name="Rows">One row per series, in the series' order.</param>
/// <param name="Total">The rows added up.</param>
public sealed record DistrictYearTable(IReadOnlyList<int> Years, IReadOnlyList<DistrictYearRow> Rows, DistrictYearRow Total)
{
    /// <summary>Name of the total row.</summary>
    public const string TotalName = "合计";

    /// <summary>Builds the table from the yearly series for <paramref name="years"/> and the series of the year before them.</summary>
    public static DistrictYearTable From(SeriesResult shown, SeriesResult yearBefore, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(yearBefore);
        ArgumentNullException.ThrowIfNull(years);
        var before = years.Count == 0 ? 0 : years[0] - 1;
        var rows = shown.Series
            .Select(s => Row(s.District, Points(s.Points), Points(yearBefore.Series.FirstOrDefault(b => b.District == s.District)?.Points ?? []), years, before))
            .ToArray();
        var total = Row(
            TotalName,
            Sum(shown.Series.SelectMany(s => s.Points)),
            Sum(yearBefore.Series.Where(b => shown.Series.Any(s => s.District == b.District)).SelectMany(s => s.Points)),
            years,
            before);
        return new DistrictYearTable(years, rows, total);
    }

    private static DistrictYearRow Row(string district, Dictionary<string, SeriesPoint> points, Dictionary<string, SeriesPoint> beforePoints, IReadOnlyList<int> years, int before)
    {
        var previousPoint = beforePoints.GetValueOrDefault(Label(before));
        var (previous, previousLowerBound) = (previousPoint?.Value ?? 0, previousPoint?.LowerBound ?? false);
        var cells = new List<DistrictYearCell>(years.Count);
        foreach (var year in years)
        {
            var point = points.GetValueOrDefault(Label(year));
            var (value, lowerBound) = (point?.Value ?? 0, point?.LowerBound ?? false);
            cells.Add(new DistrictYearCell(value, lowerBound, point?.Facts ?? 0, value - previous, previous == 0 ? null : (double)(value - previous) / previous, previousLowerBound));
            (previous, previousLowerBound) = (value, lowerBound);
        }

        return new DistrictYearRow(district, cells);
    }

    private static Dictionary<string, SeriesPoint> Points(IEnumerable<SeriesPoint> points) => points.ToDictionary(p => p.Period, StringComparer.Ordinal);

    private static Dictionary<string, SeriesPoint> Sum(IEnumerable<SeriesPoint> points) => points
        .GroupBy(p => p.Period, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new SeriesPoint(g.Key, g.Sum(p => p.Value), g.Any(p => p.LowerBound), g.Sum(p => p.Facts)), StringComparer.Ordinal);

    private static string Label(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
