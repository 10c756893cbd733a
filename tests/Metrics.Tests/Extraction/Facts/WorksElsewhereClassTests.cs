using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// A Nantong page tells of its company's or its natives' works in other provinces (issue 13, a probe set of
/// single-project stories): those works are no Nantong district's, though the page is.
/// </summary>
public sealed class WorksElsewhereClassTests
{
    [Theory]
    [InlineData("此前,公司湖南株洲基地一期项目已于今年5月实现投产。")]
    [InlineData("据介绍,恒远新材料在山东淄博的生产基地已于2021年投产。")]
    [InlineData("集团另一个位于广西钦州的运维基地已于去年投产。")]
    [InlineData("此外,本月初,南通籍企业家在西安投资的西北物流园项目正式开工。")]
    public void TheStageOfWorksInAnotherProvinceIsNoNantongEvent(string elsewhere)
    {
        var text = "启东日报\n昨天上午,总投资20亿元的恒远新材料项目在启东经济开发区开工。" + elsewhere;

        var started = Assert.Single(Events(text, "2023-06-10"));

        Assert.Equal(("启东市", "2023-06-09"), (started.District, started.Date));
    }

    [Theory]
    [InlineData("昨天,在上海举行的推介会上,15个项目集中签约。", ProjectStage.Signed)]
    [InlineData("去年在苏州签约的锦程智能织造项目,已于今年3月竣工投产。", ProjectStage.Production)]
    public void AnOccasionOrAnEarlierStageElsewhereLeavesTheEventTheDistricts(string sentence, ProjectStage stage)
    {
        var events = Events("海门日报\n" + sentence, "2023-06-10");

        Assert.Contains(events, e => e.Stage == stage && e.District == "海门区");
    }

    [Fact]
    public void AProvinceAndItsCityAreOneOutsideActorOfThePage()
    {
        var text = "发展历程\n2016年5月  在启东注册成立江苏远航重工有限公司。\n2016年8月18日  与江苏吕四海洋经济开发区签约,投资建设重型装备基地项目。"
            + "\n2017年3月  重型装备基地项目一期开工建设。\n2021年6月  浙江舟山海工维修基地签约。";

        Assert.Contains(UndatedPageEvents(text), e => e is { Stage: ProjectStage.Started, Date: "2017-03", District: "启东市" });
    }
}
