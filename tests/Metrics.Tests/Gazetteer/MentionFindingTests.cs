using Metrics.Gazetteer;
using static Metrics.Tests.Gazetteer.GazetteerFixture;

namespace Metrics.Tests.Gazetteer;

public class MentionFindingTests
{
    [Fact]
    public void ShortNameAtTheStartOfASentenceIsADistrict()
    {
        var mention = Assert.Single(NantongMentions("通州要争当全市高质量发展排头兵", "2023-02-13"));

        Assert.Equal(MentionSource.ShortName, mention.Source);
        Assert.Equal("通州区", mention.District);
    }

    [Theory]
    [InlineData("要抓好沿海安全生产")]
    [InlineData("犹如东风吹来")]
    [InlineData("开启东方大港新篇章")]
    [InlineData("打造沿海门户城市")]
    [InlineData("加快交通州际联系")]
    [InlineData("建设东南通道")]
    public void ShortNamesInsideOtherWordsAreNotDistricts(string text) =>
        Assert.Empty(Nantong.FindMentions(text, Date("2023-01-01")));

    [Fact]
    public void TheLongestNameWins()
    {
        var mention = Assert.Single(Nantong.FindMentions("通州湾示范区召开会议", Date("2024-04-17")));

        Assert.Equal("通州湾示范区", mention.Text);
        Assert.Equal("通州湾示范区", mention.District);
        Assert.Equal(MentionSource.County, mention.Source);
    }

    [Fact]
    public void AQualifiedChainIsOneMentionOfItsMostSpecificPart()
    {
        var mention = Assert.Single(Nantong.FindMentions("江苏省南通市港闸区幸福街道召开会议", Date("2019-12-01")));

        Assert.Equal("江苏省南通市港闸区幸福街道", mention.Text);
        Assert.Equal(MentionSource.Town, mention.Source);
        Assert.Equal("320611006", mention.Code);
        Assert.Equal("港闸区", mention.District);
        Assert.Equal("320611", mention.DistrictCode);
    }

    [Fact]
    public void NamesThatDoNotNestStaySeparate()
    {
        var mentions = Nantong.FindMentions("启东市通州区联合举办", Date("2023-02-11"));

        Assert.Equal(["启东市", "通州区"], mentions.Select(m => m.District));
    }

    [Fact]
    public void TraditionalScriptIsMatchedAndReportedAsWritten()
    {
        var text = "總投資逾260億元!南通開發區35個項目集中開工";

        var mention = Assert.Single(Nantong.FindMentions(text, null));

        Assert.Equal("南通開發區", mention.Text);
        Assert.Equal("南通经济技术开发区", mention.District);
        Assert.Equal(text.IndexOf("南通", StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void MentionsAreInTextOrderWithOffsetsIntoTheText()
    {
        var text = "3月13日，南通海门举行集中开工活动，海门经济技术开发区开工建设，启东、如东也有项目。";

        var mentions = Nantong.FindMentions(text, Date("2020-03-18"));

        Assert.Equal(mentions.OrderBy(m => m.Start), mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(["南通海门", "海门经济技术开发区", "启东", "如东"], mentions.Select(m => m.Text));
        Assert.Equal(["海门区", "海门区", "启东市", "如东县"], mentions.Select(m => m.District));
    }

    [Fact]
    public void BareDevelopmentZoneIsIgnoredWhereTheTextNamesNoNantongZone()
    {
        var mentions = Nantong.FindMentions("会议要求，开发区、高新区要高度重视安全生产。海安市", Date("2020-07-21"));

        Assert.Equal(["海安市"], mentions.Select(m => m.District));
    }

    [Fact]
    public void BareDevelopmentZoneCountsWhereTheTextNamesTheNantongZone()
    {
        var mentions = Nantong.FindMentions("南通开发区召开年中工作会议。上半年，开发区完成地区生产总值428亿元", null);

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("南通经济技术开发区", m.District));
    }

    [Fact]
    public void BareDemonstrationZoneNeedsTongzhouBayNamed()
    {
        Assert.Empty(Nantong.FindMentions("建成全省知识产权建设示范区", Date("2020-06-01")));
        Assert.Equal(2, Nantong.FindMentions("通州湾示范区党工委会议。示范区上下要冲刺双过半", Date("2024-04-17")).Count);
    }

    [Fact]
    public void NeutralNameKeepsTongzhouBayOutOfTheNewSeaOutlet()
    {
        var mentions = Nantong.FindMentions("通州湾新出海口吕四起步港区码头开港", Date("2022-10-26"));

        Assert.Equal(["启东市"], mentions.Select(m => m.District));
    }

    [Fact]
    public void LatinNamesCountOnlyAsWholeWords()
    {
        Assert.Equal("南通市", Assert.Single(Nantong.FindMentions("On January 4, Nantong held a meeting", null)).District);
        Assert.Empty(Nantong.FindMentions("Nantongese cooking", null));
    }

    [Fact]
    public void MayorInsideCityAndTownNamesIsNoLeader()
    {
        var mention = Assert.Single(Nantong.FindMentions("江苏省如皋市长江镇：大项目锻造高质量发展硬支撑", Date("2020-09-20")));

        Assert.Equal("江苏省如皋市长江镇", mention.Text);
        Assert.Equal("如皋市", mention.District);
    }

    [Fact]
    public void ProvinceAloneIsNoMention() =>
        Assert.Empty(Nantong.FindMentions("江苏各地举行活动", null));

    [Fact]
    public void TheLoadedGazetteerIsSharedAndGivesTheSameAnswersInParallel()
    {
        var text = "区委书记黄卫锋主持召开区委常委会会议。港闸区幸福街道、南通科学工业园，市北高新区。";
        var date = Date("2020-04-21");
        var expected = NantongGazetteer.Load().FindMentions(text, date);

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => NantongGazetteer.Load().FindMentions(text, date)).ToArray();

        Assert.Same(NantongGazetteer.Load(), NantongGazetteer.Load());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
