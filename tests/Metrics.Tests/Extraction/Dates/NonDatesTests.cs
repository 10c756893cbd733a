using Metrics.Extraction.Dates;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>Numbers and words in Nantong news that look like dates and are not.</summary>
public sealed class NonDatesTests
{
    private static readonly DateOnly Published = new(2023, 7, 11);

    [Theory]
    [InlineData("共签约项目16个")]
    [InlineData("总投资83.2亿元")]
    [InlineData("注册资本3000万美元")]
    [InlineData("全区纪念建党99周年大会")]
    [InlineData("主持召开十四届市委常委会第7次会议")]
    [InlineData("市委十四屆八次全會召開")]
    [InlineData("南通市通州区第十七届人民代表大会第四次会议")]
    [InlineData("瞄准5G通讯、汽车电子")]
    [InlineData("联系电话0513-83512345")]
    [InlineData("“十四五”规划纲要")]
    [InlineData("三年行动计划")]
    [InlineData("力争在两年之内整个产业销售能够达到百亿规模")]
    [InlineData("建成后年产值超200亿元")]
    [InlineData("投产后年销售收入10亿元")]
    [InlineData("选举马海龙、吴霜、周一强同志为委员")]
    [InlineData("须在30日内完成整改")]
    [InlineData("用时5个月")]
    [InlineData("一日三餐")]
    [InlineData("节日前夕")]
    [InlineData("勇于担当年轻干部")]
    [InlineData("亿元以上年产值")]
    [InlineData("不同年龄段")]
    [InlineData("然后天气转晴")]
    [InlineData("每周一次")]
    [InlineData("地铁22号线开工，1号、2号、4号线")]
    [InlineData("新建厂房3.2万平方米，年产3000万件")]
    [InlineData("2000多年历史")]
    [InlineData("20世纪90年代")]
    public void FindsNoDate(string text)
    {
        Assert.Empty(DateResolver.FindAll(text, Published));
    }

    [Fact]
    public void TenDaysBeforeIsKeptApartFromTravellingOnTheTenth()
    {
        // 10日前往 is "went on the 10th", 10日前完成 is "finish by the 10th".
        var went = Assert.Single(DateResolver.FindAll("10日前往上海考察", new DateOnly(2023, 7, 11)), m => m.Text == "10日");
        var by = Assert.Single(DateResolver.FindAll("10日前完成整改", new DateOnly(2023, 7, 8)));

        Assert.False(went.IsDeadline);
        Assert.Equal("10日前", by.Text);
        Assert.True(by.IsDeadline);
    }

    [Fact]
    public void YearOfAnAnnualReportIsAYear()
    {
        // 2023年度 is fine as a year.
        var mention = Assert.Single(DateResolver.FindAll("2023年度总结表彰大会", Published));

        Assert.Equal("2023年度", mention.Text);
        Assert.Equal("2023", mention.GoldDate);
    }

    [Fact]
    public void SixthMonthInsideAnAsOfIsADate()
    {
        // 截至6月底: 6月 is part of the date, 1至9月 a period of its own.
        var mentions = DateResolver.FindAll("截至6月底，1至9月", Published);

        Assert.Equal(["截至6月底", "1至9月"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.True(m.IsPeriod));
    }
}
