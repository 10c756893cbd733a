using Bunit;
using Dashboard.Components.Facts;
using Dashboard.Presentation.Evidence;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Tests.Facts;

public class FactCardTests
{
    private const string Evidence = "此次集中开工的产业项目共16个,总投资达83.2亿元。";

    [Fact]
    public async Task ShowsDistrictDateStageCountAmountAndStatus()
    {
        await using var context = NewContext();

        var card = context.Render<FactCard>(ps => ps.Add(p => p.Fact, Launch()));

        var head = card.Find(".fact-head").TextContent;
        Assert.Contains("通州区", head);
        Assert.Contains("2023-02-11", head);
        Assert.Contains("开工", head);
        Assert.Contains("16个项目", head);
        Assert.Contains("83.2亿元", head);
        Assert.Contains("待审核", head);
    }

    [Theory]
    [InlineData("2023-02", DatePrecision.Month)]
    [InlineData("2023-Q1", DatePrecision.Quarter)]
    [InlineData("2023", DatePrecision.Year)]
    public async Task ShowsTheDateNoMorePreciselyThanTheSource(string date, DatePrecision precision)
    {
        await using var context = NewContext();

        var card = context.Render<FactCard>(ps => ps.Add(p => p.Fact, Launch() with { Date = date, Precision = precision }));

        Assert.Equal(date, card.Find(".fact-date").TextContent);
    }

    [Theory]
    [InlineData(null, new string[0], "项目数不详")]
    [InlineData(null, new[] { "康源电路项目" }, "1个项目")]
    [InlineData(16, new string[0], "16个项目")]
    public async Task SaysWhatTheFactAddsToTheProjectCount(int? count, string[] projects, string shown)
    {
        await using var context = NewContext();

        // A project event without a count adds nothing unless it names its one project (then 1): the card says so,
        // so 由 3 条事实累计 over 1 + 1 + nothing reads right.
        var card = context.Render<FactCard>(ps => ps.Add(p => p.Fact, Launch() with { ProjectCount = count, Projects = projects }));

        Assert.Equal(shown, card.Find(".fact-count").TextContent);
    }

    [Fact]
    public async Task MarksALowerBoundAmountWithGreaterOrEqual()
    {
        await using var context = NewContext();

        var card = context.Render<FactCard>(ps => ps.Add(p => p.Fact, Launch() with { InvestmentYuan = 10_000_000_000, Qualifier = AmountQualifier.AtLeast }));

        Assert.Equal("≥100亿元", card.Find(".fact-amount").TextContent);
    }

    [Fact]
    public async Task HighlightsTheEvidenceWithinItsContextAndLinksTheArticle()
    {
        await using var context = NewContext();
        var contexts = new Dictionary<(int, int), EvidenceContext>
        {
            [(4, 120)] = new("2022年,全区上下深入开展活动。", Evidence, "这些项目是开门红的有力抓手。"),
        };

        var card = context.Render<FactCard>(ps => ps.Add(p => p.Fact, Launch()).Add(p => p.Contexts, contexts));

        Assert.Equal(Evidence, card.Find("mark.evidence-sentence").TextContent);
        Assert.Equal("2022年,全区上下深入开展活动。" + Evidence + "这些项目是开门红的有力抓手。", card.Find(".evidence-quote").TextContent);
        var link = card.Find(".fact-source a");
        Assert.Equal("/articles/4", link.GetAttribute("href"));
        Assert.Equal("通州区一季度项目集中开工", link.TextContent);
        Assert.Contains("通州日报 · 2023-02-13", card.Find(".fact-source").TextContent);
    }

    [Fact]
    public async Task AMeetingShowsItsKindAndChair()
    {
        await using var context = NewContext();
        var meeting = Launch() with
        {
            Type = FactType.Meeting, Kind = MeetingKind.StandingCommittee, Chair = "黄卫锋", Stage = null, Scope = null,
            ProjectCount = null, InvestmentYuan = null, Qualifier = null,
        };

        var card = context.Render<FactCard>(ps => ps.Add(p => p.Fact, meeting));

        Assert.Contains("常委会会议", card.Find(".fact-what").TextContent);
        Assert.Contains("主持：黄卫锋", card.Markup);
        Assert.Empty(card.FindAll(".fact-amount"));
    }

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        return context;
    }

    private static FactRow Launch() => new()
    {
        Id = 13,
        Type = FactType.ProjectEvent,
        District = "通州区",
        Date = "2023-02-11",
        Precision = DatePrecision.Day,
        Stage = ProjectStage.Started,
        Scope = FactScope.Event,
        ProjectCount = 16,
        InvestmentYuan = 8_320_000_000,
        Qualifier = AmountQualifier.Exact,
        Projects = [],
        Status = FactStatus.Extracted,
        Sources = [new FactSource(4, "通州区一季度项目集中开工", "通州日报", new DateOnly(2023, 2, 13), null, Evidence, 120, Evidence.Length)],
    };
}
