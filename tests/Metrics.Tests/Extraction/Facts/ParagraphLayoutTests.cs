using Metrics.Extraction;
using Metrics.Extraction.Facts;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Pages that put every sentence in a paragraph of its own tell the same facts as pages that run them
/// together: a paragraph opened by 此次 or 该项目 still points back (issue 13, found by re-laying the fit part
/// out one sentence per paragraph).
/// </summary>
public sealed class ParagraphLayoutTests
{
    private static IReadOnlyList<ProjectEventFact> Events(string text) =>
        [.. FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 2, 12), null)).OfType<ProjectEventFact>()];

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public void ABatchToldAParagraphAfterItsOccasionIsTheOccasionsDistrict(string between)
    {
        var text = "启东举行集中开工活动\n昨日,启东市举行一季度重大项目集中开工活动。" + "同日,通州区也举行一季度集中开工仪式。"
            + between + "此次集中开工的产业项目共16个,总投资达83.2亿元。";

        var batch = Assert.Single(Events(text), e => e.ProjectCount == 16);

        Assert.Equal("通州区", batch.District);
    }

    [Fact]
    public void AParagraphOpenedByOtherWordsKeepsTheArticlesDistrict()
    {
        var text = "启东举行集中开工活动\n昨日,启东市举行一季度重大项目集中开工活动。同日,通州区也举行一季度集中开工仪式。\n\n"
            + "启东集中开工的产业项目共20个,总投资达100亿元。";

        Assert.Equal("启东市", Assert.Single(Events(text), e => e.ProjectCount == 20).District);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public void ThisProjectOpeningAParagraphIsTheProjectNamedBefore(string between)
    {
        var text = "通州高新区:项目建设跑出加速度\n在星晨电子厂房项目建设现场,工人们正在紧张施工。" + between + "据了解,该项目总投资约10亿元,4月底开工。";

        var started = Assert.Single(Events(text));

        Assert.Equal((1_000_000_000L, "2022-04"), (started.InvestmentYuan, started.Date));
    }
}
