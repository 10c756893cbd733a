using Bunit;
using Dashboard.Components.Pages.Facts;
using Dashboard.Presentation.Evidence;
using Dashboard.Tests.Support;
using Metrics.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Facts;

public sealed class FactsPagingTests
{
    [Fact]
    public async Task MoreFactsThanAPageHoldsArePagedWithTheFigureOnEveryPage()
    {
        await using var host = await PageHost.CreateAsync(services: s => s.AddSingleton<EvidenceContextQuery>());
        var start = new DateOnly(2023, 1, 1);
        var meetings = Enumerable.Range(0, FactListQuery.MaxPageSize + 1)
            .Select(i => PageHost.Meeting("通州区", start.AddDays(i % 365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        await host.AddArticleAsync("会议", new DateOnly(2023, 12, 31), null, meetings);
        var first = "/facts?metric=meetings&district=" + Uri.EscapeDataString("通州区") + "&from=2023-01-01&to=2023-12-31";
        host.NavigateTo(first);

        var page = host.Context.Render<FactsPage>();

        page.WaitForAssertion(() => Assert.Equal(FactListQuery.MaxPageSize, page.FindAll("[data-fact-id]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal("201", page.Find("[data-value]").GetAttribute("data-value"));
        Assert.Empty(page.FindAll("[data-previous]"));
        var next = page.Find("[data-next]").GetAttribute("href");
        Assert.Equal(first + "&page=2", next);

        host.NavigateTo(next!);
        page.Render();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-fact-id]")), TimeSpan.FromSeconds(10));
        Assert.Equal("201", page.Find("[data-value]").GetAttribute("data-value"));
        Assert.Equal(first, page.Find("[data-previous]").GetAttribute("href"));
        Assert.Contains("第 2 / 2 页，共 201 条", page.Find("[data-pager]").TextContent);
    }
}
