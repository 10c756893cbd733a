using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// A list whose items each give a count and a stage of their own (issue 13, a probe set of department pages): each
/// stage takes its own item's count, never the next item's nor the items' sum.
/// </summary>
public sealed class StageListCountClassTests
{
    [Theory]
    [InlineData("会议指出,2023年全市全年156个重大产业项目开工建设、87个项目竣工投产,完成投资超千亿元。")]
    [InlineData("会议指出,2023年全市156个重大产业项目开工,87个项目竣工投产。")]
    [InlineData("2023年全市重大项目建设:开工156个 投产87个")]
    public void EachStageTakesItsOwnItemsCount(string sentence)
    {
        var text = "南通日报\n2月20日,市委、市政府召开全市重大项目建设推进会。" + sentence;

        var events = Events(text, "2024-02-21");

        Assert.Equal([(ProjectStage.Started, 156), (ProjectStage.Production, 87)], events.Select(e => (e.Stage, e.ProjectCount ?? 1)));
    }

    [Fact]
    public void ItemsWithoutSeparatorsKeepTheirOwnCounts()
    {
        var text = "创新区年末6个项目竣工9个项目开工\n12月28日,南通创新区举行年末重大项目集中竣工暨开工活动。活动现场,6个项目集中竣工;9个项目集中开工。";

        var events = Events(text, "2022-12-29");

        Assert.Contains(events, e => e is { Stage: ProjectStage.Completed, ProjectCount: 6 });
        Assert.Contains(events, e => e is { Stage: ProjectStage.Started, ProjectCount: 9 });
        Assert.DoesNotContain(events, e => e is { Stage: ProjectStage.Completed, ProjectCount: 9 } or { Stage: ProjectStage.Started, ProjectCount: 6 });
    }

    [Fact]
    public void TheStageWrittenTwiceAroundItsCountKeepsIt()
    {
        var signed = Assert.Single(Events("崇川发布\n上周五,崇川区以“云签约”方式与13个项目签约,总投资96.8亿元。", "2022-04-25"));

        Assert.Equal(13, signed.ProjectCount);
    }
}
