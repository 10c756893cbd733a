using Metrics.Extraction.Dates;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>
/// 当天 / 次日 / 同日 / 当年 / 去年同期 refer to dates named earlier in the same text, which
/// <see cref="DateResolver.FindAll"/> carries along in order.
/// </summary>
public sealed class AnaphoraTests
{
    [Fact]
    public void SameDayFollowsTheLastDayNamedNotTheFirst()
    {
        // b02: 昨日,启东市举行…。同日,通州区也举行… — both on 2023-02-11.
        var mentions = DateResolver.FindAll("2月5日，签约。昨日，启东市举行集中开工。同日，通州区也举行开工仪式。", new DateOnly(2023, 2, 12));

        Assert.Equal("2023-02-11", mentions.Single(m => m.Text == "同日").GoldDate);
    }

    [Fact]
    public void NextDayChainsOnNextDay()
    {
        var mentions = DateResolver.FindAll("6月29日开幕。次日，分组讨论。次日，闭幕。", new DateOnly(2023, 7, 11));

        Assert.Equal(["2023-06-29", "2023-06-30", "2023-07-01"], mentions.Select(m => m.GoldDate));
    }

    [Fact]
    public void AnaphorResolvesFromAnAbsoluteDateWithoutPublication()
    {
        var mentions = DateResolver.FindAll("2023年6月29日签约，次日开工。", null);

        Assert.Equal(["2023-06-29", "2023-06-30"], mentions.Select(m => m.GoldDate));
    }

    [Fact]
    public void AnaphorWithNothingBeforeItIsUnknown()
    {
        var mention = Assert.Single(DateResolver.FindAll("当天，项目开工。", new DateOnly(2023, 7, 11)));

        Assert.Equal(DatePrecision.Unknown, mention.Precision);
        Assert.Null(mention.RangeStart);
    }

    [Fact]
    public void ThatYearIsTheYearLastNamed()
    {
        var mention = DateResolver.FindAll("2021年，项目签约，当年开工。", new DateOnly(2023, 7, 11)).Single(m => m.Text == "当年");

        Assert.Equal("2021", mention.GoldDate);
    }

    [Fact]
    public void WholeYearIsTheYearUnderDiscussion()
    {
        // b47 (published 2024-01-11): 2023年以来,…全年新签约并注册项目96个 → 2023.
        var mention = DateResolver.FindAll("2024年工作会议回顾2023年工作。2023年以来，全年新签约项目96个。", new DateOnly(2024, 1, 11))
            .Single(m => m.Text == "全年");

        Assert.Equal("2023", mention.GoldDate);
    }

    [Theory]
    [InlineData("2024-01-11", "全年新签约项目96个", "2023")]
    [InlineData("2020-12-24", "全年新开工亿元以上制造业项目53个", "2020")]
    [InlineData("2024-01-11", "确保全年新开工项目50个", "2024")]
    public void WholeYearWithNoYearNamedIsTheYearReportedOn(string published, string text, string gold)
    {
        // A year-end review comes out in January or February; a target (确保) is this year's.
        var mention = Assert.Single(DateResolver.FindAll(text, DateAssert.Day(published)));

        Assert.Equal(gold, mention.GoldDate);
    }

    [Fact]
    public void SamePeriodLastYearMirrorsTheLastPeriodNamed()
    {
        var mentions = DateResolver.FindAll("今年1-5月，全区工业产值比去年同期增长12%", new DateOnly(2023, 7, 11));

        var mirror = mentions.Single(m => m.Text == "去年同期");
        Assert.Equal(new DateOnly(2022, 1, 1), mirror.RangeStart);
        Assert.Equal(new DateOnly(2022, 5, 31), mirror.RangeEnd);
        Assert.Equal("2022-05", mirror.GoldDate);
    }
}
