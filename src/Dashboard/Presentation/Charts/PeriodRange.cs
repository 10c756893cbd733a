using System.Globalization;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// A period as <c>/api/series</c> labels it (<c>2023</c>, <c>2023-Q1</c>, <c>2023-02</c>): its first
/// and last day, for a drill-down's <c>from</c>/<c>to</c>, and its axis position.
/// </summary>
/// <param name="Label">The label as given.</param>
/// <param name="Interval">The period's width.</param>
/// <param name="First">First day, inclusive.</param>
/// <param name="Last">Last day, inclusive.</param>
public sealed record PeriodRange(string Label, PeriodInterval Interval, DateOnly First, DateOnly Last)
{
    /// <summary>The period's position on a timeline axis (<see cref="PeriodPositions"/>).</summary>
    public int Position => PeriodPositions.ToPosition(First, Interval);

    /// <summary>The period at axis <paramref name="position"/>, or null outside years 1-9999.</summary>
    public static PeriodRange? At(int position, PeriodInterval interval)
    {
        if (PeriodPositions.FromPosition(position, interval) is not { } first)
        {
            return null;
        }

        var last = first.AddMonths(12 / PeriodPositions.PerYear(interval)).AddDays(-1);
        return new PeriodRange(PeriodTickFormatter.Format(first, interval), interval, first, last);
    }

    /// <summary>Parses a period label of <paramref name="interval"/>.</summary>
    /// <exception cref="FormatException">The label is not such a period.</exception>
    public static PeriodRange Parse(string label, PeriodInterval interval)
    {
        ArgumentNullException.ThrowIfNull(label);
        var parts = label.Split('-');
        var valid = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && parts[0].Length == 4 && year >= 1;
        var part = 0;
        valid &= (interval, parts.Length) switch
        {
            (PeriodInterval.Year, 1) => true,
            (PeriodInterval.Quarter, 2) => parts[1].Length == 2 && parts[1][0] == 'Q' && int.TryParse(parts[1][1..], NumberStyles.None, CultureInfo.InvariantCulture, out part) && part is >= 1 and <= 4,
            (PeriodInterval.Month, 2) => parts[1].Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out part) && part is >= 1 and <= 12,
            _ => false,
        };
        if (!valid)
        {
            throw new FormatException($"'{label}' is not a {interval.ToString().ToLowerInvariant()} period such as {PeriodTickFormatter.Format(new DateOnly(2023, 2, 1), interval)}.");
        }

        var month = interval switch
        {
            PeriodInterval.Quarter => ((part - 1) * 3) + 1,
            PeriodInterval.Month => part,
            _ => 1,
        };
        return At(PeriodPositions.ToPosition(new DateOnly(year, month, 1), interval), interval)!;
    }
}
