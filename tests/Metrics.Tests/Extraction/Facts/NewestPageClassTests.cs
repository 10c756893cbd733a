using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe pages of the newest kind (2024–2026): launches with their
/// descriptions, plans of several years, project pages (issue 13).
/// </summary>
public sealed class NewestPageClassTests
{
    [Theory]
    [InlineData("主会场项目——中科芯海集成电路封测基地项目总投资85亿元,主要建设先进封装测试生产线。")]
    [InlineData("主会场项目为华芯半导体封装项目,建设检测试生产线12条。")]
    public void TrialProductionInsideATestLineIsNoStage(string description)
    {
        var text = "2月5日,南通市2025年春季重大项目集中开工活动举行。" + description;

        Assert.DoesNotContain(Events(text, "2025-02-08"), e => e.Stage == ProjectStage.Production);
    }

    [Theory]
    [InlineData("本次开工项目呈现三大特点:一是体量大,50亿元以上项目8个、百亿级项目3个;二是质态优,战略性新兴产业项目占比达67%。")]
    [InlineData("此次签约的项目具有三个亮点,一是体量大,10亿元以上项目12个。")]
    public void TheCountsDescribingALaunchAreNoEventsOfTheirOwn(string description)
    {
        var text = "2月5日,南通市293个重大项目集中开工,总投资1826亿元。在海门分会场,31个项目集中开工,总投资226亿元。" + description;

        var events = Events(text, "2025-02-08");

        Assert.Contains(events, e => e.ProjectCount == 293);
        Assert.DoesNotContain(events, e => e.ProjectCount is 8 or 12);
    }

    [Theory]
    [InlineData("到2028年,全市累计新签约亿元以上项目500个以上,累计新开工亿元以上项目400个以上,累计竣工投产项目300个以上。")]
    [InlineData("至2030年,累计新签约重大产业项目200个,新开工重大产业项目150个。")]
    public void AFutureYearOpeningTheSentenceMakesEveryClauseATarget(string target)
    {
        var text = "南通市重大产业项目攻坚三年行动计划(2026—2028年)\n发布日期:2026-03-02  索引号:014079438/2026-00031\n"
            + "一、主要目标\n" + target;

        Assert.Empty(Events(text, "2026-03-02"));
    }

    [Fact]
    public void APastYearAfterTheTargetYearStillDatesItsClause()
    {
        var text = "在2027年通车的海启高速沿线,2024年海门区新签约亿元以上项目50个。";

        var signing = Assert.Single(Events(text, "2025-01-10"));

        Assert.Equal(("2024", 50), (signing.Date, signing.ProjectCount));
    }
}
