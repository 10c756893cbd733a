using Bunit;
using Dashboard.Components.Charts;
using Dashboard.Components.Panels;
using Dashboard.Tests.Components;
using Dashboard.Tests.Support;
using Metrics.Extraction.Facts;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Tests.Panels;

public sealed class EmbedPointDetailsTests
{
    [Fact]
    public async Task ClickingABarShowsItsValueAndALinkToItsFactsInANewTab()
    {
        await using var host = await HostAsync();
        var embed = RenderEmbed(host, "?district=通州区&interval=quarter", detailsNeedSignIn: false);

        await ClickAsync(embed, "2023-Q1");

        var details = embed.Find("[data-embed-point]");
        Assert.Contains("通州区 · 开工 · 2023-Q1", details.TextContent);
        Assert.Equal("83.2亿元", details.QuerySelector("[data-value]")!.TextContent.Trim());
        var link = details.QuerySelector("a[data-facts-link]")!;
        Assert.Equal("查看 1 条事实及原文 ↗", link.TextContent.Trim());
        Assert.Equal("/facts?metric=investment&district=" + Uri.EscapeDataString("通州区") + "&from=2023-01-01&to=2023-03-31&stage=started", link.GetAttribute("href"));
        Assert.Equal(("_blank", "noopener"), (link.GetAttribute("target"), link.GetAttribute("rel")));
        Assert.Empty(embed.FindAll("[data-sign-in-note]"));

        embed.Find("[data-embed-point] [data-close]").Click();
        Assert.Empty(embed.FindAll("[data-embed-point]"));
    }

    [Fact]
    public async Task WhenTheDetailsNeedASignInTheOverlaySaysSo()
    {
        await using var host = await HostAsync();
        var embed = RenderEmbed(host, "?district=通州区", detailsNeedSignIn: true);

        await ClickAsync(embed, "2023");

        Assert.Equal("明细页需登录后查看。", embed.Find("[data-sign-in-note]").TextContent.Trim());
    }

    private static async Task<PageHost> HostAsync()
    {
        var host = await PageHost.CreateAsync(services: s => s.AddSingleton<IResizeObserverFactory>(new FixedWidthResizeObserver(800)));
        await host.AddArticleAsync("通州区一季度16个产业项目集中开工", new DateOnly(2023, 2, 12), "通州日报",
            PageHost.Project("通州区", "2023-02-11", ProjectStage.Started, 16, 8_320_000_000),
            PageHost.Project("通州区", "2023", ProjectStage.Signed, 3, 1_000_000_000));
        return host;
    }

    private static IRenderedComponent<EmbedChart> RenderEmbed(PageHost host, string query, bool detailsNeedSignIn)
    {
        var embed = host.Context.Render<EmbedChart>(ps => ps
            .Add(p => p.Metric, "investment")
            .Add(p => p.Query, query)
            .Add(p => p.DetailsNeedSignIn, detailsNeedSignIn));
        embed.WaitForAssertion(() => Assert.NotEmpty(embed.FindAll("[data-chart='embed'] svg")), TimeSpan.FromSeconds(10));
        return embed;
    }

    // The chart's own click handling is InteractiveMetricChartTests'; here the click arrives as the chart reports it.
    private static Task ClickAsync(IRenderedComponent<EmbedChart> embed, string period)
    {
        var chart = embed.FindComponent<InteractiveMetricChart>();
        // A year holds a bar per stage (stacked): the click lands on the started one, the one the quarters have.
        var bar = MetricChartLayout.Of(chart.Instance.Result, MetricChartKind.Bars).Single(p => p.Period == period && p.Stage == ProjectStage.Started);
        return embed.InvokeAsync(() => chart.Instance.OnPointClicked.InvokeAsync(bar));
    }
}
