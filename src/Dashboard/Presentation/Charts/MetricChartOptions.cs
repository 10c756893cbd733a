namespace Dashboard.Presentation.Charts;

/// <summary>How <see cref="MetricChart"/> draws a series result; every member optional.</summary>
public sealed record MetricChartOptions
{
    /// <summary>Bars (default) or lines.</summary>
    public MetricChartKind Kind { get; init; } = MetricChartKind.Bars;

    /// <summary>Language of the axis title and notes (district names are shown as given, unless <see cref="DistrictNames"/> renames them).</summary>
    public ChartLanguage Language { get; init; } = ChartLanguage.Zh;

    /// <summary>Frame colours; <see cref="ChartTheme.Light"/> by default.</summary>
    public ChartTheme Theme { get; init; } = ChartTheme.Light;

    /// <summary>Title drawn in the image (live pages show titles in HTML and leave this null).</summary>
    public string? Title { get; init; }

    /// <summary>A second, smaller line under the title (e.g. the filters: 通州区 · 开工 · 2020–2023).</summary>
    public string? Subtitle { get; init; }

    /// <summary>Whether to draw the y axis title (项目数（个）, 投资额（亿元）...). On by default.</summary>
    public bool ShowAxisTitle { get; init; } = true;

    /// <summary>
    /// Whether to draw <see cref="ChartWords.Notes"/> (unplaced facts, reported totals) under
    /// the axis, for images that travel without the page around them (exports, embeds). Off by default.
    /// </summary>
    public bool ShowNotes { get; init; }

    /// <summary>Whether the series was asked for a from/to range: the unplaced note then says facts reaching beyond it are left out too.</summary>
    public bool DateRangeGiven { get; init; }

    /// <summary>
    /// First day the x axis shows even where no fact falls (the start of the range a page or link
    /// asked for): a chart titled 2019–2022 shows 2019 as an empty period instead of leaving it out.
    /// Null: the axis starts at the first period holding a fact.
    /// </summary>
    public DateOnly? AxisFrom { get; init; }

    /// <summary>Last day the x axis shows even where no fact falls; null: the last period holding a fact.</summary>
    public DateOnly? AxisTo { get; init; }

    /// <summary>Names to show instead of the districts' own (e.g. English names for <c>lang=en</c>); missing keys keep the name.</summary>
    public IReadOnlyDictionary<string, string>? DistrictNames { get; init; }
}
