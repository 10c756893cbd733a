using System.Globalization;
using Dashboard.Presentation.Words;
using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Components.Pages.Districts;

/// <summary>One district's figure for one calendar year, against the calendar year before.</summary>
/// <param name="Value">The count, or the sum in yuan.</param>
/// <param name="LowerBound">True when an amount in the sum was only a lower bound (shown with ≥).</param>
/// <param name="Facts">How many facts the value is made of.</param>
/// <param name="Change">Value minus the previous year's value.</param>
/// <param name="ChangeShare">The change as a share of the previous year's value; null when that was 0.</param>
/// <param name="PreviousLowerBound">True when the previous year's value was only a lower bound.</param>
/// <param name="ReviewedShare">The part of the value (0 to 1) from facts a person checked.</param>
/// <param name="MergedInto">For a year after the district was abolished (港闸区 from 2021), the district that took it over (崇川区); null while it existed.</param>
public sealed record DistrictYearCell(long Value, bool LowerBound, int Facts, long Change, double? ChangeShare, bool PreviousLowerBound, double ReviewedShare = 0, string? MergedInto = null);

/// <summary>A row of the table: a district (or the total) and its cells, one per year; for project metrics, of one stage.</summary>
public sealed record DistrictYearRow(string District, IReadOnlyList<DistrictYearCell> Cells, ProjectStage? Stage = null)
{
    /// <summary>The row's name: the district, with its stage when the table shows several (<c>通州区 · 签约</c>).</summary>
    public string Label(bool withStage) => withStage && Stage is { } stage ? $"{District} · {Dashboard.Presentation.Words.FactWords.Stage(stage)}" : District;
}

/// <summary>
/// The district × year table of <c>/districts</c>: the yearly series of <c>/api/series</c> for the
/// chosen years, each cell with its change against the previous calendar year (the first year's
/// against the year before the range, read separately), and a total row per stage (stages are
/// never added together).
/// </summary>
/// <param name="Years">The columns, oldest first.</param>
/// <param name="Rows">One row per series (district and stage), in the series' order.</param>
/// <param name="Totals">The rows of each stage added up, in stage order (one for meetings).</param>
public sealed record DistrictYearTable(IReadOnlyList<int> Years, IReadOnlyList<DistrictYearRow> Rows, IReadOnlyList<DistrictYearRow> Totals)
{
    /// <summary>True when the rows are of several stages, so each names its stage.</summary>
    public bool ByStage => Rows.Concat(Totals).Select(r => r.Stage).Distinct().Count() > 1;

    /// <summary>Name of the total row.</summary>
    public const string TotalName = "合计";

    /// <summary>Builds the table from the yearly series for <paramref name="years"/> and the series of the year before them.</summary>
    /// <param name="districts">Finds a district's end date and successor (港闸区: 2020-07-27, 崇川区); none known when null.</param>
    public static DistrictYearTable From(SeriesResult shown, SeriesResult yearBefore, IReadOnlyList<int> years, Func<string, Metrics.Gazetteer.District?>? districts = null)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(yearBefore);
        ArgumentNullException.ThrowIfNull(years);
        var before = years.Count == 0 ? 0 : years[0] - 1;
        var rows = shown.Series
            .Select(s => Row(s.District, s.Stage, Points(s.Points), Points(yearBefore.Series.FirstOrDefault(b => b.District == s.District && b.Stage == s.Stage)?.Points ?? []), years, before))
            .Select(row => districts?.Invoke(row.District) is { Until: { } until } district ? Abolished(row, years, until.Year, district.CurrentName) : row)
            .ToArray();
        var totals = shown.Series
            .GroupBy(s => s.Stage)
            .OrderBy(g => g.Key)
            .Select(g => Row(
                TotalName,
                g.Key,
                Sum(g.SelectMany(s => s.Points)),
                Sum(yearBefore.Series.Where(b => b.Stage == g.Key && g.Any(s => s.District == b.District)).SelectMany(s => s.Points)),
                years,
                before))
            .ToArray();
        return new DistrictYearTable(years, rows, totals);
    }

    // A year that starts after the district ended shows that it was merged, not a fall to 0 (−100 %).
    private static DistrictYearRow Abolished(DistrictYearRow row, IReadOnlyList<int> years, int lastYear, string mergedInto) =>
        row with { Cells = row.Cells.Select((cell, i) => years[i] > lastYear && cell.Facts == 0 ? cell with { MergedInto = mergedInto, Change = 0, ChangeShare = null } : cell).ToArray() };

    private static DistrictYearRow Row(
        string district, ProjectStage? stage, Dictionary<string, SeriesPoint> points, Dictionary<string, SeriesPoint> beforePoints, IReadOnlyList<int> years, int before)
    {
        var previousPoint = beforePoints.GetValueOrDefault(Label(before));
        var (previous, previousLowerBound) = (previousPoint?.Value ?? 0, previousPoint?.LowerBound ?? false);
        var cells = new List<DistrictYearCell>(years.Count);
        foreach (var year in years)
        {
            var point = points.GetValueOrDefault(Label(year));
            var (value, lowerBound) = (point?.Value ?? 0, point?.LowerBound ?? false);
            cells.Add(new DistrictYearCell(
                value, lowerBound, point?.Facts ?? 0, value - previous, previous == 0 ? null : (double)(value - previous) / previous, previousLowerBound, point?.ReviewedShare ?? 0));
            (previous, previousLowerBound) = (value, lowerBound);
        }

        return new DistrictYearRow(district, cells, stage);
    }

    private static Dictionary<string, SeriesPoint> Points(IEnumerable<SeriesPoint> points) => points.ToDictionary(p => p.Period, StringComparer.Ordinal);

    private static Dictionary<string, SeriesPoint> Sum(IEnumerable<SeriesPoint> points) => points
        .GroupBy(p => p.Period, StringComparer.Ordinal)
        .ToDictionary(
            g => g.Key,
            g => new SeriesPoint(
                g.Key,
                g.Sum(p => p.Value),
                g.Any(p => p.LowerBound),
                g.Sum(p => p.Facts),
                SeriesPoint.ShareOf((long)Math.Round(g.Sum(p => p.ReviewedShare * p.Value)), g.Sum(p => p.Value), (int)Math.Round(g.Sum(p => p.ReviewedShare * p.Facts)), g.Sum(p => p.Facts))),
            StringComparer.Ordinal);

    private static string Label(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
