using System.Globalization;
using Metrics.Extraction.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Endpoints;

/// <summary>Reads and validates the query parameters of <c>/api/series</c> and <c>/api/facts</c> (CONTRACTS.md).</summary>
internal sealed class ApiParameters(IQueryCollection query, NantongGazetteer gazetteer)
{
    private static readonly Dictionary<string, Metric> MetricNames = Names<Metric>();
    private static readonly Dictionary<string, Interval> IntervalNames = Names<Interval>();
    private static readonly Dictionary<string, Boundaries> BoundaryNames = Names<Boundaries>();
    private static readonly Dictionary<string, ProjectStage> StageNames = Names<ProjectStage>();
    private static readonly Dictionary<string, MeetingKind> KindNames = Names<MeetingKind>();

    /// <summary>The metric, or null when it may be left out and is.</summary>
    public Metric? ReadMetric(bool required)
    {
        var text = Single("metric");
        if (text is null)
        {
            return required ? throw new ApiParameterException("metric", $"metric is required: one of {Choices(MetricNames)}.") : null;
        }

        return Lookup("metric", text, MetricNames);
    }

    /// <summary>The metric named in a route (<c>/panels/investment.png</c>), checked like the query's.</summary>
    public static Metric MetricFromRoute(string text) => Lookup("metric", text, MetricNames);

    /// <summary>One of a fixed set of words (<c>theme=dark</c>), or the fallback when absent.</summary>
    public string ReadChoice(string name, string fallback, params string[] choices)
    {
        var text = Single(name);
        if (text is null)
        {
            return fallback;
        }

        return choices.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new ApiParameterException(name, $"unknown {name} '{text}': one of {string.Join(", ", choices)}.");
    }

    public Interval ReadInterval() => Single("interval") is { } text ? Lookup("interval", text, IntervalNames) : Interval.Year;

    /// <summary>The selection; stage only for project metrics, kind only for meetings.</summary>
    public FactFilter ReadFilter(Metric? metric)
    {
        var districts = query["district"].Select(d => d?.Trim() ?? "").ToArray();
        foreach (var district in districts)
        {
            if (!gazetteer.AllDistricts.Contains(district, StringComparer.Ordinal))
            {
                throw new ApiParameterException("district", $"unknown district '{district}': one of {string.Join(", ", gazetteer.AllDistricts)}.");
            }
        }

        var from = Date("from");
        var to = Date("to");
        if (from > to)
        {
            throw new ApiParameterException("from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        ProjectStage? stage = Single("stage") is { } stageText ? Lookup("stage", stageText, StageNames) : null;
        if (stage is not null && metric == Metric.Meetings)
        {
            throw new ApiParameterException("stage", "stage applies to projects and investment, not to meetings.");
        }

        MeetingKind? kind = Single("kind") is { } kindText ? Lookup("kind", kindText, KindNames) : null;
        if (kind is not null && metric is Metric.Projects or Metric.Investment)
        {
            throw new ApiParameterException("kind", "kind applies to meetings, not to projects or investment.");
        }

        return new FactFilter
        {
            Districts = districts.Distinct(StringComparer.Ordinal).ToArray(),
            From = from,
            To = to,
            Stage = stage,
            Kind = kind,
            Boundaries = Single("boundaries") is { } boundaries ? Lookup("boundaries", boundaries, BoundaryNames) : Boundaries.Historical,
        };
    }

    /// <summary>A whole number parameter within limits, or the fallback when absent.</summary>
    public int ReadInt(string name, int fallback, int min, int max)
    {
        var text = Single(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ApiParameterException(name, $"{name} must be a whole number from {min} to {max}, not '{text}'.");
    }

    private DateOnly? Date(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ApiParameterException(name, $"{name} must be an ISO date (YYYY-MM-DD), not '{text}'.");
    }

    private string? Single(string name)
    {
        StringValues values = query[name];
        return values.Count switch
        {
            0 => null,
            1 when !string.IsNullOrWhiteSpace(values[0]) => values[0]!.Trim(),
            1 => throw new ApiParameterException(name, $"{name} is empty."),
            _ => throw new ApiParameterException(name, $"{name} is given {values.Count} times; give it once."),
        };
    }

    private static T Lookup<T>(string name, string text, Dictionary<string, T> choices) =>
        choices.TryGetValue(text, out var value)
            ? value
            : throw new ApiParameterException(name, $"unknown {name} '{text}': one of {Choices(choices)}.");

    private static string Choices<T>(Dictionary<string, T> choices) => string.Join(", ", choices.Keys);

    // The API writes enum names as the gold schema does: standing_committee, project_event.
    private static Dictionary<string, T> Names<T>() where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => ApiJson.Name(v), v => v, StringComparer.Ordinal);
}
