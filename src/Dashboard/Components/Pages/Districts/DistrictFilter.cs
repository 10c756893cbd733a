using System.Globalization;
using Dashboard.Presentation.Parameters;
using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Components.Pages.Districts;

/// <summary>
/// What <c>/districts</c> shows, as its URL says: <c>metric</c>, <c>stage</c> or <c>kind</c>,
/// <c>from</c> and <c>to</c> as calendar years, <c>district</c> (repeatable), <c>boundaries</c> and <c>reviewed</c>.
/// </summary>
public sealed record DistrictFilter(
    Metric Metric, ProjectStage? Stage, MeetingKind? Kind, int From, int To, IReadOnlyList<string> Districts, Boundaries Boundaries, bool ReviewedOnly = false)
{
    /// <summary>Equal when every filter is, the districts compared in order.</summary>
    public bool Equals(DistrictFilter? other) =>
        other is not null && (Metric, Stage, Kind, From, To, Boundaries, ReviewedOnly) == (other.Metric, other.Stage, other.Kind, other.From, other.To, other.Boundaries, other.ReviewedOnly)
        && Districts.SequenceEqual(other.Districts, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Metric, Stage, Kind, From, To, Boundaries);

    /// <summary>The calendar years shown, oldest first.</summary>
    public IReadOnlyList<int> Years => Enumerable.Range(From, To - From + 1).ToArray();

    /// <summary>The series selection for the years <paramref name="first"/> to <paramref name="last"/>.</summary>
    public FactFilter ForYears(int first, int last) => new()
    {
        Districts = Districts,
        From = new DateOnly(first, 1, 1),
        To = new DateOnly(last, 12, 31),
        Stage = Stage,
        Kind = Kind,
        Boundaries = Boundaries,
        ReviewedOnly = ReviewedOnly,
    };

    /// <summary>The same figures from the API: <c>/api/series?metric=…&amp;interval=year&amp;from=…&amp;to=…</c>.</summary>
    public string ApiLink()
    {
        var query = new List<string>
        {
            $"metric={ApiJson.Name(Metric)}",
            "interval=year",
            string.Create(CultureInfo.InvariantCulture, $"from={From:D4}-01-01"),
            string.Create(CultureInfo.InvariantCulture, $"to={To:D4}-12-31"),
        };
        if (Stage is { } stage)
        {
            query.Add($"stage={ApiJson.Name(stage)}");
        }

        if (Kind is { } kind)
        {
            query.Add($"kind={ApiJson.Name(kind)}");
        }

        query.AddRange(Districts.Select(d => $"district={Uri.EscapeDataString(d)}"));
        if (Boundaries == Boundaries.Current)
        {
            query.Add("boundaries=current");
        }

        if (ReviewedOnly)
        {
            query.Add("reviewed=only");
        }

        return "/api/series?" + string.Join("&", query);
    }
}
