using System.Text.RegularExpressions;
using Bunit;
using Dashboard.Components.Charts;
using Dashboard.Presentation.Charts;
using Metrics.Queries;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Tests.Components;

/// <summary>The page's interactive chart of a selection without facts, light and dark, before and after zoom and pan.</summary>
public class EmptyInteractiveChartTests
{
    private const int Width = 800;
    private const string Note = "所选条件下没有可计入的事实";

    public EmptyInteractiveChartTests() => ChartFonts.EnsureRegistered();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WithoutARangeItShowsTheNoteAndNoPeriodsAlsoAfterZoomAndPan(bool dark)
    {
        await using var context = NewContext();
        var chart = Render(context, new MetricChartOptions { Theme = ChartTheme.For(dark) });
        var input = chart.Find(".interactive-chart-input");

        AssertNoteWithoutPeriods(chart, dark);
        input.TriggerEvent("onwheel", new WheelEventArgs { DeltaY = -100, OffsetX = Width / 2.0, OffsetY = 200 });
        AssertNoteWithoutPeriods(chart, dark);
        input.PointerDown(new PointerEventArgs { Button = 0, OffsetX = 400, OffsetY = 200 });
        input.PointerMove(new PointerEventArgs { OffsetX = 700, OffsetY = 200 });
        input.PointerUp(new PointerEventArgs { Button = 0, OffsetX = 700, OffsetY = 200 });
        AssertNoteWithoutPeriods(chart, dark);
    }

    [Fact]
    public async Task WithARangeItShowsTheRangesYearsAndTheNote()
    {
        await using var context = NewContext();

        var chart = Render(context, new MetricChartOptions { AxisFrom = new DateOnly(2021, 1, 1), AxisTo = new DateOnly(2023, 12, 31) });

        var box = chart.Find("[data-chart='test']");
        Assert.Equal(("2021", "2023"), (box.GetAttribute("data-visible-from"), box.GetAttribute("data-visible-to")));
        Assert.Contains(Note, Texts(chart));
    }

    private static void AssertNoteWithoutPeriods(IRenderedComponent<InteractiveMetricChart> chart, bool dark)
    {
        var texts = Texts(chart);
        Assert.Contains(Note, texts);
        Assert.DoesNotContain(texts, t => Regex.IsMatch(t, @"^\d{4}(-Q\d|-\d\d)?$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.Empty(chart.FindAll("[data-testid='visible-range']"));
        var note = chart.FindAll("svg text").First(t => t.TextContent.Trim() == Note);
        Assert.Equal(ChartTheme.For(dark).NoteHex, note.GetAttribute("fill"), ignoreCase: true);
    }

    private static List<string> Texts(IRenderedComponent<InteractiveMetricChart> chart) =>
        [.. chart.FindAll("svg text").Select(t => t.TextContent.Trim())];

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton<ChartFrameCache>();
        context.Services.AddSingleton<IResizeObserverFactory>(new FixedWidthResizeObserver(Width));
        return context;
    }

    private static IRenderedComponent<InteractiveMetricChart> Render(BunitContext context, MetricChartOptions options) =>
        context.Render<InteractiveMetricChart>(ps => ps
            .Add(p => p.Result, new SeriesResult(Metric.Projects, Interval.Year, "projects", [new DistrictSeries("通州区", [])], new UnplacedFacts(0, 0, false), []))
            .Add(p => p.Options, options)
            .Add(p => p.ChartName, "test"));
}
