using Metrics.Extraction;
using Metrics.Extraction.Facts;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Project-event classes found with probe articles written in the style of district news (issue 13),
/// not copied from the dev corpus.
/// </summary>
public sealed class UnseenProjectClassTests
{
    private static IReadOnlyList<ProjectEventFact> Events(string text, string published) =>
        [.. FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), null)).OfType<ProjectEventFact>()];

    [Theory]
    [InlineData("12月26日,南通经济技术开发区举行重大项目集中签约活动,签约项目12个,其中外资项目4个、总投资3.2亿美元,内资项目8个、总投资95亿元。")]
    [InlineData("12月26日,南通经济技术开发区举行重大项目集中签约活动,签约项目12个,其中内资项目8个、总投资95亿元,外资项目4个、总投资3.2亿美元。")]
    public void ASigningToldByCurrencyRowsAfterAnEarlierStageWordIsOneFactPerRow(string text)
    {
        var events = Events(text, "2023-12-27");

        Assert.Equal([4, 8], events.Select(e => e.ProjectCount ?? 0).Order());
        Assert.Equal(9_500_000_000, events.Sum(e => e.InvestmentYuan ?? 0));
        Assert.Contains(events, e => e.InvestmentOriginal == "3.2亿美元");
    }
}
