using Metrics.Extraction.Dates;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>
/// Chinese DateParser / DatePeriodParser spec cases of Microsoft.Recognizers.Text
/// (<c>shared/corpus/ms-recognizers-zh-cases.tsv</c>, MIT) that fit news. The recognizer
/// gives a past and a future reading; news takes the past one (tricky-cases D3), so that is
/// the one asserted. Its period ends are exclusive; ours are inclusive.
/// </summary>
public sealed class MsRecognizersDateCasesTests
{
    [Theory]
    [InlineData("29日你去吃饭吗", "2018-02-10", "29日", "2018-01-29", "2018-01-29")]
    [InlineData("29日你上班吗", "2016-03-10", "29日", "2016-02-29", "2016-02-29")]
    [InlineData("2010-01-29", "2017-03-22", "2010-01-29", "2010-01-29", "2010-01-29")]
    [InlineData("2010.01.29", "2017-03-22", "2010.01.29", "2010-01-29", "2010-01-29")]
    [InlineData("2010/01/29", "2017-03-22", "2010/01/29", "2010-01-29", "2010-01-29")]
    [InlineData("1987年1月11日", "2017-03-22", "1987年1月11日", "1987-01-11", "1987-01-11")]
    [InlineData("1月19日", "2017-03-22", "1月19日", "2017-01-19", "2017-01-19")]
    [InlineData("1月19号", "2017-03-22", "1月19号", "2017-01-19", "2017-01-19")]
    [InlineData("2009年10月12号，星期一", "2017-03-22", "2009年10月12号，星期一", "2009-10-12", "2009-10-12")]
    [InlineData("明天", "2017-03-22", "明天", "2017-03-23", "2017-03-23")]
    [InlineData("大后天可以吗", "2017-03-22", "大后天", "2017-03-25", "2017-03-25")]
    [InlineData("大前天", "2017-03-22", "大前天", "2017-03-19", "2017-03-19")]
    [InlineData("星期一", "2017-03-22", "星期一", "2017-03-20", "2017-03-20")]
    [InlineData("礼拜日", "2017-03-22", "礼拜日", "2017-03-19", "2017-03-19")]
    [InlineData("上周一", "2017-03-22", "上周一", "2017-03-13", "2017-03-13")]
    [InlineData("这个星期一", "2017-03-22", "这个星期一", "2017-03-20", "2017-03-20")]
    [InlineData("两千零四年八月十五日", "2017-03-22", "两千零四年八月十五日", "2004-08-15", "2004-08-15")]
    [InlineData("二零零四年八月十五日", "2017-03-22", "二零零四年八月十五日", "2004-08-15", "2004-08-15")]
    [InlineData("去年本月十日", "2017-03-22", "去年本月十日", "2016-03-10", "2016-03-10")]
    [InlineData("本月十日", "2017-03-22", "本月十日", "2017-03-10", "2017-03-10")]
    [InlineData("你2015.5.13那天在哪儿", "2017-03-22", "2015.5.13", "2015-05-13", "2015-05-13")]
    [InlineData("昨日我不在家。", "2018-07-30", "昨日", "2018-07-29", "2018-07-29")]
    [InlineData("禮拜一", "2018-09-18", "禮拜一", "2018-09-17", "2018-09-17")]
    [InlineData("後天你有空吗？", "2018-09-18", "後天", "2018-09-20", "2018-09-20")]
    [InlineData("週三", "2018-09-18", "週三", "2018-09-12", "2018-09-12")]
    [InlineData("五月三十日", "2020-11-22", "五月三十日", "2020-05-30", "2020-05-30")]
    [InlineData("五月三十一日", "2020-11-22", "五月三十一日", "2020-05-31", "2020-05-31")]
    [InlineData("2020/1/2", "2020-11-22", "2020/1/2", "2020-01-02", "2020-01-02")]
    [InlineData("2月29日", "2017-03-22", "2月29日", "2016-02-29", "2016-02-29")]
    [InlineData("2月29日", "2019-03-22", "2月29日", "2016-02-29", "2016-02-29")]
    [InlineData("2月29日", "2020-03-22", "2月29日", "2020-02-29", "2020-02-29")]
    [InlineData("2020年2月29日", "2020-03-22", "2020年2月29日", "2020-02-29", "2020-02-29")]
    [InlineData("时间从一月十日到十二日", "2017-03-22", "从一月十日到十二日", "2017-01-10", "2017-01-12")]
    [InlineData("时间从2016年一月十日到十二日", "2017-03-22", "从2016年一月十日到十二日", "2016-01-10", "2016-01-12")]
    [InlineData("时间从一月19日到20日", "2017-03-22", "从一月19日到20日", "2017-01-19", "2017-01-20")]
    [InlineData("从一月十日到20日", "2017-03-22", "从一月十日到20日", "2017-01-10", "2017-01-20")]
    [InlineData("明年四月", "2017-03-22", "明年四月", "2018-04-01", "2018-04-30")]
    [InlineData("我们去年5月见过", "2017-03-22", "去年5月", "2016-05-01", "2016-05-31")]
    [InlineData("下个月完工", "2017-03-22", "下个月", "2017-04-01", "2017-04-30")]
    [InlineData("明年", "2017-03-22", "明年", "2018-01-01", "2018-12-31")]
    [InlineData("奥运会在2008年", "2017-03-22", "2008年", "2008-01-01", "2008-12-31")]
    [InlineData("三月二十八日到四月15日", "2017-03-22", "三月二十八日到四月15日", "2016-03-28", "2016-04-15")]
    [InlineData("今年第一季度", "2017-03-22", "今年第一季度", "2017-01-01", "2017-03-31")]
    [InlineData("时间从二零一六年至二零一八年", "2017-03-22", "从二零一六年至二零一八年", "2016-01-01", "2018-12-31")]
    [InlineData("2018年10月", "2017-03-22", "2018年10月", "2018-10-01", "2018-10-31")]
    [InlineData("2018年十二月的月份不是0", "2017-03-22", "2018年十二月", "2018-12-01", "2018-12-31")]
    [InlineData("时间从2016年6月1日-6月30日", "2017-03-22", "从2016年6月1日-6月30日", "2016-06-01", "2016-06-30")]
    [InlineData("计费周期 2019年6月1日-6月30日", "2017-03-22", "2019年6月1日-6月30日", "2019-06-01", "2019-06-30")]
    [InlineData("我是7月4日到7月6日去北京", "2019-08-08", "7月4日到7月6日", "2019-07-04", "2019-07-06")]
    [InlineData("2018/1/10-2018/7/10", "2017-03-22", "2018/1/10-2018/7/10", "2018-01-10", "2018-07-10")]
    public void AgreesWithTheRecognizersPastReading(string input, string published, string surface, string start, string end)
    {
        var mention = DateAssert.Find(input, published, surface);

        Assert.Equal(DateAssert.Day(start), mention.RangeStart);
        Assert.Equal(DateAssert.Day(end), mention.RangeEnd);
    }

    [Theory]
    [InlineData("2月30日", "2020-03-22")]
    [InlineData("2019年2月29日", "2020-03-22")]
    public void ImpossibleDaysAreFoundButNotDated(string input, string published)
    {
        var mention = DateAssert.Find(input, published, input);

        Assert.Equal(DatePrecision.Unknown, mention.Precision);
        Assert.Null(mention.RangeStart);
    }

    /// <summary>
    /// Forms the recognizer reads that news about Nantong does not use, or that collide
    /// with amounts and counts there: bare years without 年 (2016到2018 reads like a
    /// number range), two-digit years (07年, 30年 is a duration), 12号 alone (1号线, 3号楼),
    /// and durations (近三年, 上2个月).
    /// </summary>
    [Theory]
    [InlineData("时间从2016到2018")]
    [InlineData("他07年以后就没再来过学校")]
    [InlineData("12号")]
    [InlineData("近三年销量最高的品牌是什么？")]
    [InlineData("上2个月")]
    public void LeavesOutFormsNewsDoesNotUse(string input)
    {
        Assert.Empty(DateResolver.FindAll(input, new DateOnly(2017, 3, 22)));
    }
}
