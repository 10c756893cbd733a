using System.Text.Json.Serialization;
using Metrics.Facts;
using Metrics.Queries;

namespace Dashboard.Endpoints;

/// <summary>The body of <c>/api/series</c>, shaped exactly as CONTRACTS.md shows it, with <c>reported</c> beside.</summary>
internal sealed record SeriesJson(
    Metric Metric,
    Interval Interval,
    string Unit,
    IReadOnlyList<SeriesJson.SeriesItemJson> Series,
    SeriesJson.UnplacedJson Unplaced,
    IReadOnlyList<ReportedTotal> Reported)
{
    public static SeriesJson From(SeriesResult result) => new(
        result.Metric,
        result.Interval,
        result.Unit,
        result.Series.Select(s => new SeriesItemJson(s.District, s.Stage, s.Points)).ToArray(),
        new UnplacedJson(result.Unplaced.Facts, result.Unplaced.Value),
        result.Reported);

    /// <summary><c>{"district": ..., "stage": ..., "points": [...]}</c>; <c>stage</c> only on project metrics.</summary>
    internal sealed record SeriesItemJson(
        string District,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProjectStage? Stage,
        IReadOnlyList<SeriesPoint> Points);

    /// <summary><c>{"facts": 0, "value": 0}</c>.</summary>
    internal sealed record UnplacedJson(int Facts, long Value);
}
