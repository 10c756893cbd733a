using Metrics.Extraction;
using Metrics.Extraction.Facts;

namespace Metrics.Tests.Extraction.Facts;

public sealed class ProjectExtractionTests
{
    private static IReadOnlyList<ProjectEventFact> Events(string text, string published, string? title = null) =>
        FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), title)).OfType<ProjectEventFact>().ToList();

    private static ProjectEventFact Single(IReadOnlyList<ProjectEventFact> events)
    {
        Assert.True(events.Count == 1, string.Join(Environment.NewLine, events));
        return events[0];
    }

    [Fact]
    public void HeadlineAndStoryWithTheSameFiguresAreOneLaunch()
    {
        var launch = Single(Events(
            "上半年项目建设情况\n\n16个新开工项目计划总投资83.2亿元\n\n2月11日,我区举行2023年一季度项目集中开工仪式。此次集中开工的产业项目共16个,总投资达83.2亿元。",
            "2023-02-13",
            "通州区项目集中开工"));

        Assert.Equal(("通州区", "2023-02-11", 16, 8_320_000_000L), (launch.District, launch.Date, launch.ProjectCount, launch.InvestmentYuan));
    }
}
