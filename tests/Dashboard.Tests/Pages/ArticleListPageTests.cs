using Bunit;
using Dashboard.Components.Pages.Articles;
using Dashboard.Tests.Support;
using Metrics.Facts;

namespace Dashboard.Tests.Pages;

public sealed class ArticleListPageTests
{
    [Fact]
    public async Task TheLinkedSearchListsTheMatchingArticlesWithPublisherDateAndFactCount()
    {
        await using var host = await PageHost.CreateAsync();
        var launch = await host.AddArticleAsync("通州区一季度16个产业项目集中开工", new DateOnly(2023, 2, 12), "南通日报",
            PageHost.Project("通州区", "2023-02-11", ProjectStage.Started, 16, 8_320_000_000),
            PageHost.Meeting("通州区", "2023-02-11", MeetingKind.Mobilization));
        await host.AddArticleAsync("海门区项目集中开工", new DateOnly(2021, 3, 1), "海门日报", PageHost.Project("海门区", "2021-02-27", ProjectStage.Started, 9));
        await host.AddArticleAsync("通州区召开常委会", new DateOnly(2023, 3, 1), "通州日报", PageHost.Meeting("通州区", "2023-02-28"));
        host.NavigateTo("/articles?q=集中开工&district=通州区&from=2023-01-01&to=2023-12-31");

        var page = host.Context.Render<ArticleList>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-article]")));
        var row = page.Find("tr[data-article]");
        Assert.Equal($"/articles/{launch.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(
            ["通州区一季度16个产业项目集中开工", "南通日报", "2023-02-12", "通州区", "2"],
            row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("找到 1 篇文章", page.Find("[data-total]").TextContent);
    }

    [Fact]
    public async Task PagingShowsTheRequestedPageAndMovesOnThroughTheUrl()
    {
        await using var host = await PageHost.CreateAsync();
        for (var day = 1; day <= ArticleList.PageSize + 5; day++)
        {
            await host.AddArticleAsync($"第{day}篇", new DateOnly(2023, 1, 1).AddDays(day), null);
        }

        host.NavigateTo("/articles?page=2");
        var page = host.Context.Render<ArticleList>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("tr[data-article]").Count));
        Assert.Equal("第5篇", page.Find("tr[data-article] a").TextContent.Trim());
        Assert.Contains("第 2 / 2 页", page.Find("[data-total]").TextContent);

        page.FindAll("[data-pager] button").Single(b => b.TextContent.Trim() == "1").Click();

        page.WaitForAssertion(() => Assert.Equal("/articles", host.CurrentUri));
        page.WaitForAssertion(() => Assert.Equal(ArticleList.PageSize, page.FindAll("tr[data-article]").Count));
        Assert.Equal($"第{ArticleList.PageSize + 5}篇", page.Find("tr[data-article] a").TextContent.Trim());
    }

    [Fact]
    public async Task ABadDateInTheLinkIsNamedInsteadOfListing()
    {
        await using var host = await PageHost.CreateAsync();
        host.NavigateTo("/articles?from=2023-13-01");

        var page = host.Context.Render<ArticleList>();

        page.WaitForAssertion(() => Assert.Contains("“from”", page.Find("[data-problem]").TextContent));
        Assert.Empty(page.FindAll("tr[data-article]"));
    }
}
