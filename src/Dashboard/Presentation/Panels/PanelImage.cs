using Dashboard.Presentation.Charts;
using Metrics.Queries;
using ScottPlot;

namespace Dashboard.Presentation.Panels;

/// <summary>
/// A panel's chart as it travels without its page (PNG, SVG, embeds): the timeline's
/// <see cref="MetricChart"/> with its notes, plus the caption lines baked in — title, filters and
/// unit above, as-of date and source below — so a pasted picture explains itself.
/// </summary>
public static class PanelImage
{
    private const float LegendFontSize = 12;

    /// <summary>Builds the chart; without a <paramref name="caption"/> (an embed shows it in HTML) only the chart and its notes.</summary>
    public static SeriesChart Build(SeriesResult result, PanelRequest request, PanelCaption? caption) =>
        Draw(result, Options(request, caption), caption);

    /// <summary>How the panel draws its chart: the request's kind, language and theme, notes on; titles only with a caption.</summary>
    public static MetricChartOptions Options(PanelRequest request, PanelCaption? caption) => new()
    {
        Kind = request.Kind,
        Language = request.English ? ChartLanguage.En : ChartLanguage.Zh,
        Theme = ChartTheme.For(request.Dark),
        Title = caption?.Title,
        Subtitle = caption?.Subtitle(request.English),
        ShowNotes = true,
        DateRangeGiven = request.Filter.From is not null || request.Filter.To is not null,
        AxisFrom = request.Filter.From,
        AxisTo = request.Filter.To,
        DistrictNames = request.English ? EnglishDistricts.Names : null,
    };

    private static SeriesChart Draw(SeriesResult result, MetricChartOptions options, PanelCaption? caption)
    {
        var chart = MetricChart.Build(result, options);
        if (caption is not null)
        {
            // The notes (if any) are the bottom axis label: the source line goes under them.
            var bottom = chart.Plot.Axes.Bottom.Label;
            bottom.Text = string.IsNullOrWhiteSpace(bottom.Text) ? caption.Footer : $"{bottom.Text}\n{caption.Footer}";
            bottom.FontSize = 11;
            bottom.Bold = false;
            bottom.ForeColor = Color.FromHex(options.Theme.NoteHex);
            bottom.OffsetY = ChartFonts.Registered.BaselineShiftEm * bottom.FontSize;
            // ScottPlot sizes a legend beside the data area even with no items, and an empty one
            // (nothing selected in an empty database) leaves the data area without a width: a blank image.
            if (chart.Legend.Count > 0)
            {
                ShowLegend(chart, options.Theme);
            }
        }

        return chart;
    }

    // A picture without its page has no HTML legend: draw ScottPlot's, outside the data area so it
    // never covers a bar, in the bundled font and the theme's colours.
    private static void ShowLegend(SeriesChart chart, ChartTheme theme)
    {
        var plot = chart.Plot;
        plot.ShowLegend(Edge.Right);
        var legend = plot.Legend;
        // The plottables' own items would be drawn with the baseline quirk: replace them with
        // manual ones whose labels are moved down to their symbols (CjkBaselineCorrection).
        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.BarPlot bars:
                    bars.LegendText = "";
                    break;
                case ScottPlot.Plottables.Scatter line:
                    line.LegendText = "";
                    break;
            }
        }

        legend.ManualItems.Clear();
        foreach (var entry in chart.Legend)
        {
            var color = Color.FromHex(entry.ColorHex);
            var item = entry.Unreviewed
                ? new LegendItem { LabelText = entry.Name, FillColor = color.WithAlpha(StageShades.UnreviewedAlpha), FillHatch = StripedHatch.Instance, FillHatchColor = color }
                : new LegendItem { LabelText = entry.Name, FillColor = color };
            item.LabelStyle.OffsetY = ChartFonts.Registered.BaselineShiftEm * LegendFontSize;
            legend.ManualItems.Add(item);
        }

        legend.FontName = ChartFonts.Registered.FamilyName;
        legend.FontSize = LegendFontSize;
        legend.FontColor = Color.FromHex(theme.TextHex);
        legend.BackgroundColor = Color.FromHex(theme.BackgroundHex);
        legend.OutlineColor = Color.FromHex(theme.GridHex);
    }
}
