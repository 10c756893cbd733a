using Metrics.Gazetteer;
using static Metrics.Tests.Gazetteer.GazetteerFixture;

namespace Metrics.Tests.Gazetteer;

public class OutsideNantongTests
{
    [Theory]
    [InlineData("北京市通州区第六届人大第六次会议开幕")]
    [InlineData("50个重大项目近日在北京市通州、海淀、东城等区集中开工")]
    [InlineData("北京通州加快建设")]
    [InlineData("北京城市副中心建设提速")]
    public void BeijingsTongzhouIsOutsideNantong(string text)
    {
        var mentions = Nantong.FindMentions(text, Date("2023-02-03"));

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.True(m.IsOutsideNantong));
        Assert.DoesNotContain(mentions, m => m.District is not null);
        Assert.Contains(mentions, m => m.OutsidePlace == "北京市通州区");
    }

    [Fact]
    public void TongzhouDistrictWithOnlyBeijingContextWordsIsBeijings()
    {
        var text = "1月4日上午,通州区第六届人大第六次会议开幕。区长赵磊作区政府工作报告,全面加快城市副中心建设,加快与廊坊北三县协同发展。";

        var tongzhou = Assert.Single(Nantong.FindMentions(text, Date("2020-01-04")), m => m.Text == "通州区");

        Assert.True(tongzhou.IsOutsideNantong);
        Assert.Null(tongzhou.District);
        Assert.False(Nantong.IsNantongContext(text));
    }

    [Fact]
    public void NantongTongzhouHoldingAnEventInBeijingStaysNantongs()
    {
        var mentions = Nantong.FindMentions("通州区在北京举办招商推介会", Date("2023-05-01"));

        Assert.Equal("通州区", Assert.Single(mentions, m => m.Text == "通州区").District);
        Assert.True(Assert.Single(mentions, m => m.Text == "北京").IsOutsideNantong);
    }

    [Theory]
    [InlineData("南通市通州区在北京举办“两个通州”推介会,北京市通州区、京津冀地区企业代表参加。通州区委书记推介通州投资环境。北京城市副中心今年签约项目60个。", "通州区")]
    [InlineData("北京市通州区与南通市通州区签署合作协议,共建城市副中心产业园。通州区区长介绍了副中心建设情况,京津冀协同发展。", null)]
    public void ATextThatQualifiesBothTongzhousIsAboutTheOneItNamesFirst(string text, string? bare)
    {
        var mentions = Nantong.FindMentions(text, Date("2019-09-12"));

        Assert.All(mentions.Where(m => m.Text is "通州区" or "通州"), m => Assert.Equal(bare, m.District));
    }

    [Fact]
    public void ASigningInKunshanIsReportedAsOutsideBesideTheNantongDistrict()
    {
        var mentions = Nantong.FindMentions("5月28日下午,港闸区在苏州昆山举行发展恳谈会", Date("2020-06-01"));

        Assert.Equal(["港闸区", null, null], mentions.Select(m => m.District));
        Assert.Equal(["江苏省苏州市", "江苏省苏州市昆山市"], mentions.Where(m => m.IsOutsideNantong).Select(m => m.OutsidePlace));
        Assert.True(Nantong.IsNantongContext("5月28日下午,港闸区在苏州昆山举行发展恳谈会"));
    }

    [Fact]
    public void ShanghaiShibeiHighTechIsShanghaisOwnZone()
    {
        var mentions = Nantong.FindMentions("港闸区与上海市北高新区携手共建科技城", Date("2020-06-30"));

        Assert.Equal("港闸区", mentions[0].District);
        Assert.True(mentions[1].IsOutsideNantong);
        Assert.Equal("上海市北高新区", mentions[1].Text);
    }

    [Fact]
    public void ContextSignalsCountNantongAndOutsideMentions()
    {
        var context = Nantong.AssessContext("4月12日,苏州市委副书记朱民率队来海安考察。南通市委副书记沈雷参加活动。苏州跨越发展", Date("2021-04-12"));

        Assert.True(context.IsNantong);
        Assert.True(context.NantongMentions >= 2);
        Assert.True(context.OutsideMentionsByRegion["苏州"] >= 2);
    }

    [Fact]
    public void BeijingNewsIsNoNantongContext()
    {
        var context = Nantong.AssessContext("50个重大项目近日在北京市通州、海淀、东城等区集中开工,将有力支撑北京市投资平稳增长");

        Assert.False(context.IsNantong);
        Assert.Equal(0, context.NantongMentions);
        Assert.True(context.OutsideMentionsByRegion["北京"] >= 2);
    }
}
