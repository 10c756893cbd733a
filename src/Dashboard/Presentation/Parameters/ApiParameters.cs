using System.Globalization;
using Dashboard.Presentation.Words;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Presentation.Parameters;

/// <summary>Reads and validates the query parameters of <c>/api/series</c> and <c>/api/facts</c> (CONTRACTS.md).</summary>
/// <param name="clock">Today, for the latest year a range may reach (<see cref="SpanLimits"/>); the system clock when null.</param>
internal sealed class ApiParameters(IQueryCollection query, NantongGazetteer gazetteer, TimeProvider? clock = null)
{
    private static readonly Choices<Metric> MetricNames = new(m => FactWords.Metric(m));
    private static readonly Choices<Interval> IntervalNames = new(i => PanelWords.IntervalName(i, english: false));
    private static readonly Choices<Boundaries> BoundaryNames = new(b => b == Boundaries.Current ? "现行区划" : "历史区划");
    private static readonly Choices<ProjectStage> StageNames = new(s => FactWords.Stage(s));
    private static readonly Choices<MeetingKind> KindNames = new(k => FactWords.Kind(k));

    /// <summary>The metric, or null when it may be left out and is.</summary>
    public Metric? ReadMetric(bool required)
    {
        var text = Single("metric");
        if (text is null)
        {
            return required ? throw ApiParameterException.Missing("metric", MetricNames.All) : null;
        }

        return Lookup("metric", text, MetricNames);
    }

    /// <summary>The metric named in a route (<c>/panels/investment.png</c>) or a list (<c>panels=investment,projects</c>), checked like the query's.</summary>
    public static Metric MetricFromRoute(string text, string parameter = "metric") => Lookup(parameter, text, MetricNames);

    /// <summary>The metrics as a parameter names them: projects（项目数）, investment（投资额）, meetings（会议数）.</summary>
    public static IReadOnlyList<ParameterChoice> MetricChoices => MetricNames.All;

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
            : throw ApiParameterException.Unknown(name, text, ParameterChoice.Plain(choices));
    }

    public Interval ReadInterval() => Single("interval") is { } text ? Lookup("interval", text, IntervalNames) : Interval.Year;

    /// <summary>The selection; stage only for project metrics, kind only for meetings.</summary>
    /// <param name="metric">The metric the selection is for, when there is one.</param>
    /// <param name="drawnBy">When the range is drawn (a chart, a series, a table of periods): its interval,
    /// whose span limit then applies (<see cref="SpanLimits"/>). Null for a list that only filters.</param>
    public FactFilter ReadFilter(Metric? metric, Interval? drawnBy = null)
    {
        var districts = query["district"].Select(d => d?.Trim() ?? "").ToArray();
        foreach (var district in districts)
        {
            if (!gazetteer.AllDistricts.Contains(district, StringComparer.Ordinal))
            {
                throw ApiParameterException.Unknown("district", district, ParameterChoice.Plain(gazetteer.AllDistricts));
            }
        }

        var from = Date("from");
        var to = Date("to");
        if (from is { } start && to is { } end && start > end)
        {
            throw ApiParameterException.FromAfterTo(start, end);
        }

        if (drawnBy is { } interval)
        {
            SpanLimits.Check(from, to, interval, clock ?? TimeProvider.System);
        }

        ProjectStage? stage = Single("stage") is { } stageText ? Lookup("stage", stageText, StageNames) : null;
        if (stage is not null && metric == Metric.Meetings)
        {
            throw ApiParameterException.OnlyFor("stage", MetricNames.Of(Metric.Projects, Metric.Investment), MetricNames.Of(Metric.Meetings));
        }

        MeetingKind? kind = Single("kind") is { } kindText ? Lookup("kind", kindText, KindNames) : null;
        if (kind is not null && metric is Metric.Projects or Metric.Investment)
        {
            throw ApiParameterException.OnlyFor("kind", MetricNames.Of(Metric.Meetings), MetricNames.Of(Metric.Projects, Metric.Investment));
        }

        return new FactFilter
        {
            Districts = districts.Distinct(StringComparer.Ordinal).ToArray(),
            From = from,
            To = to,
            Stage = stage,
            Kind = kind,
            Boundaries = Single("boundaries") is { } boundaries ? Lookup("boundaries", boundaries, BoundaryNames) : Boundaries.Historical,
            ReviewedOnly = ReadChoice("reviewed", "all", "all", "only") == "only",
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
            : throw ApiParameterException.NotAWholeNumber(name, min, max, text);
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
            : throw ApiParameterException.NotADate(name, text);
    }

    private string? Single(string name)
    {
        StringValues values = query[name];
        return values.Count switch
        {
            0 => null,
            1 when !string.IsNullOrWhiteSpace(values[0]) => values[0]!.Trim(),
            1 => throw ApiParameterException.Empty(name),
            _ => throw ApiParameterException.Repeated(name, values.Count),
        };
    }

    private static T Lookup<T>(string name, string text, Choices<T> choices) where T : struct, Enum =>
        choices.Names.TryGetValue(text, out var value)
            ? value
            : throw ApiParameterException.Unknown(name, text, choices.All);

    /// <summary>
    /// The names of an enum's values as the API writes them, as the gold schema does (standing_committee,
    /// project_event), each with the UI's Chinese word for it.
    /// </summary>
    private sealed class Choices<T>(Func<T, string> chinese) where T : struct, Enum
    {
        public Dictionary<string, T> Names { get; } = Enum.GetValues<T>().ToDictionary(v => ApiJson.Name(v), v => v, StringComparer.Ordinal);

        public IReadOnlyList<ParameterChoice> All => Of(Enum.GetValues<T>());

        public IReadOnlyList<ParameterChoice> Of(params T[] values) => values.Select(v => new ParameterChoice(ApiJson.Name(v), chinese(v))).ToArray();
    }
}
