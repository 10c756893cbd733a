using Metrics.Extraction.Dates;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>
/// Time cases from JionLP's own test suite (<c>shared/corpus/jionlp-test-cases.tsv</c>,
/// Apache-2.0) that fit dated news facts, with JionLP's reference time as the publication
/// date. Clock times, lunar dates, festivals, durations and recurrences are left out: the
/// gold schema dates facts to the day at most.
/// </summary>
public sealed class JionlpTimeCasesTests
{
    [Theory]
    [InlineData("2019/04/19", "2021-06-14", "2019-04-19", "2019-04-19", DatePrecision.Day)]
    [InlineData("2019.9.6", "2021-06-14", "2019-09-06", "2019-09-06", DatePrecision.Day)]
    [InlineData("2018-11-29 18:59", "2021-06-14", "2018-11-29", "2018-11-29", DatePrecision.Day)]
    [InlineData("2015年8月12日", "2021-06-14", "2015-08-12", "2015-08-12", DatePrecision.Day)]
    [InlineData("二零零三年十二月", "2021-06-14", "2003-12-01", "2003-12-31", DatePrecision.Month)]
    [InlineData("二〇〇六年十二月", "2021-06-14", "2006-12-01", "2006-12-31", DatePrecision.Month)]
    [InlineData("2023年", "2021-06-14", "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("2021年前两个季度", "2021-06-14", "2021-01-01", "2021-06-30", DatePrecision.Quarter)]
    [InlineData("2022年首季度", "2021-06-14", "2022-01-01", "2022-03-31", DatePrecision.Quarter)]
    [InlineData("一季度", "2021-06-14", "2021-01-01", "2021-03-31", DatePrecision.Quarter)]
    [InlineData("今年前三季度", "2021-06-14", "2021-01-01", "2021-09-30", DatePrecision.Quarter)]
    [InlineData("上个季度", "2021-06-14", "2021-01-01", "2021-03-31", DatePrecision.Quarter)]
    [InlineData("2013年一季度末", "2021-06-14", "2013-03-01", "2013-03-31", DatePrecision.Month)]
    [InlineData("去年四季度初", "2021-06-14", "2020-10-01", "2020-10-31", DatePrecision.Month)]
    [InlineData("本季度", "2021-06-14", "2021-04-01", "2021-06-30", DatePrecision.Quarter)]
    [InlineData("1993年上半年", "2021-06-14", "1993-01-01", "1993-06-30", DatePrecision.Quarter)]
    [InlineData("明年初", "2021-06-14", "2022-01-01", "2022-02-28", DatePrecision.Quarter)]
    [InlineData("明年年初", "2021-06-14", "2022-01-01", "2022-02-28", DatePrecision.Quarter)]
    [InlineData("上个月15号", "2021-06-14", "2021-05-15", "2021-05-15", DatePrecision.Day)]
    [InlineData("下月九号", "2021-06-14", "2021-07-09", "2021-07-09", DatePrecision.Day)]
    [InlineData("本月9日", "2021-06-14", "2021-06-09", "2021-06-09", DatePrecision.Day)]
    [InlineData("上一个月", "2021-06-14", "2021-05-01", "2021-05-31", DatePrecision.Month)]
    [InlineData("2017年8月11日至8月22日", "2021-06-14", "2017-08-11", "2017-08-22", DatePrecision.Day)]
    [InlineData("2017年8月15日至2018年3月29日", "2021-06-14", "2017-08-15", "2018-03-29", DatePrecision.Day)]
    [InlineData("2017年8月至11月", "2021-06-14", "2017-08-01", "2017-11-30", DatePrecision.Month)]
    [InlineData("2017年五月至2018年四月", "2021-06-14", "2017-05-01", "2018-04-30", DatePrecision.Month)]
    [InlineData("从2001年起至今", "2021-06-14", "2001-01-01", "2021-06-14", DatePrecision.Month)]
    [InlineData("从2008年——2018年", "2021-06-14", "2008-01-01", "2018-12-31", DatePrecision.Year)]
    [InlineData("从2015年1月至12月", "2021-06-14", "2015-01-01", "2015-12-31", DatePrecision.Month)]
    [InlineData("从2018年12月九号到十五号", "2021-06-14", "2018-12-09", "2018-12-15", DatePrecision.Day)]
    [InlineData("2019年4月12-19日", "2021-06-14", "2019-04-12", "2019-04-19", DatePrecision.Day)]
    [InlineData("2019年1-五月", "2021-06-14", "2019-01-01", "2019-05-31", DatePrecision.Month)]
    [InlineData("2018年1－9月份", "2021-06-14", "2018-01-01", "2018-09-30", DatePrecision.Month)]
    [InlineData("2018年2——4月", "2021-06-14", "2018-02-01", "2018-04-30", DatePrecision.Month)]
    [InlineData("明年底前", "2021-06-14", "2022-12-01", "2022-12-31", DatePrecision.Month)]
    [InlineData("前年11月到去年3月", "2021-06-14", "2019-11-01", "2020-03-31", DatePrecision.Month)]
    [InlineData("2014年11月到去年3月", "2021-06-14", "2014-11-01", "2020-03-31", DatePrecision.Month)]
    [InlineData("下周六", "2021-06-14", "2021-06-26", "2021-06-26", DatePrecision.Day)]
    [InlineData("下周周六", "2021-06-14", "2021-06-26", "2021-06-26", DatePrecision.Day)]
    [InlineData("下个星期一", "2021-06-14", "2021-06-21", "2021-06-21", DatePrecision.Day)]
    [InlineData("上个礼拜天", "2021-06-14", "2021-06-13", "2021-06-13", DatePrecision.Day)]
    [InlineData("上周", "2021-06-14", "2021-06-07", "2021-06-13", DatePrecision.Month)]
    [InlineData("这周", "2021-06-14", "2021-06-14", "2021-06-20", DatePrecision.Month)]
    [InlineData("6月上旬", "2021-06-14", "2021-06-01", "2021-06-10", DatePrecision.Month)]
    [InlineData("1999年7月下旬", "2021-06-14", "1999-07-21", "1999-07-31", DatePrecision.Month)]
    [InlineData("去年6月上旬", "2021-06-14", "2020-06-01", "2020-06-10", DatePrecision.Month)]
    [InlineData("前天", "2021-09-01", "2021-08-30", "2021-08-30", DatePrecision.Day)]
    [InlineData("后天", "2021-06-14", "2021-06-16", "2021-06-16", DatePrecision.Day)]
    [InlineData("今天", "2021-06-14", "2021-06-14", "2021-06-14", DatePrecision.Day)]
    [InlineData("本日", "2021-06-14", "2021-06-14", "2021-06-14", DatePrecision.Day)]
    [InlineData("昨晚8时35分", "2021-06-14", "2021-06-13", "2021-06-13", DatePrecision.Day)]
    [InlineData("9日上午", "2021-06-14", "2021-06-09", "2021-06-09", DatePrecision.Day)]
    [InlineData("上周六中午12点", "2021-06-14", "2021-06-12", "2021-06-12", DatePrecision.Day)]
    [InlineData("2019年6月28日下午3:00", "2021-06-14", "2019-06-28", "2019-06-28", DatePrecision.Day)]
    [InlineData("2024年内", "2021-06-14", "2024-01-01", "2024-12-31", DatePrecision.Year)]
    [InlineData("2022年前十一个月", "2021-06-14", "2022-01-01", "2022-11-30", DatePrecision.Month)]
    [InlineData("今年前五个月", "2021-06-14", "2021-01-01", "2021-05-31", DatePrecision.Month)]
    [InlineData("今年六月", "2021-06-14", "2021-06-01", "2021-06-30", DatePrecision.Month)]
    [InlineData("明年3月份", "2021-06-14", "2022-03-01", "2022-03-31", DatePrecision.Month)]
    [InlineData("上一年", "2021-06-14", "2020-01-01", "2020-12-31", DatePrecision.Year)]
    [InlineData("这一年", "2021-06-14", "2021-01-01", "2021-12-31", DatePrecision.Year)]
    [InlineData("去年3月3号", "2021-06-14", "2020-03-03", "2020-03-03", DatePrecision.Day)]
    [InlineData("明年6月之前", "2021-06-14", "2022-06-01", "2022-06-30", DatePrecision.Month)]
    [InlineData("2020年3月左右", "2021-06-14", "2020-03-01", "2020-03-31", DatePrecision.Month)]
    public void AgreesWithJionlp(string input, string published, string start, string end, DatePrecision precision)
    {
        var mention = DateAssert.Find(input, published, input);

        Assert.Equal(DateAssert.Day(start), mention.RangeStart);
        Assert.Equal(DateAssert.Day(end), mention.RangeEnd);
        Assert.Equal(precision, mention.Precision);
    }

    /// <summary>
    /// Where news semantics part ways with JionLP on purpose. JionLP resolves a date with its
    /// year or month left out to the future; news reports the past (tricky-cases D3, D17,
    /// D22). JionLP's 年底 is Nov–Dec and its 月底 the last week; the table (D34) and the
    /// gold want December and the month. A deadline keeps the span it names instead of
    /// running from publication, and 起 marks where something starts, not a span to now.
    /// </summary>
    [Theory]
    [InlineData("30日", "2021-06-14", "2021-05-30", "2021-05-30", "JionLP: 2021-06-30 (future)")]
    [InlineData("星期天", "2021-06-14", "2021-06-13", "2021-06-13", "JionLP: 2021-06-20 (future)")]
    [InlineData("周二早上", "2021-06-14", "2021-06-08", "2021-06-08", "JionLP: 2021-06-15 (future)")]
    [InlineData("周一", "2021-09-01", "2021-08-30", "2021-08-30", "JionLP: 2021-09-06 (ret_future)")]
    [InlineData("九月下旬", "2021-06-14", "2020-09-21", "2020-09-30", "JionLP: 2021-09 (future)")]
    [InlineData("十二月月底", "2021-06-14", "2020-12-21", "2020-12-31", "JionLP: 2021-12-25..31")]
    [InlineData("2018年10月底", "2021-06-14", "2018-10-21", "2018-10-31", "JionLP: 10-25..31")]
    [InlineData("年底", "2021-06-14", "2021-12-01", "2021-12-31", "JionLP: 11-01..12-31")]
    [InlineData("本月初", "2021-06-14", "2021-06-01", "2021-06-10", "JionLP: 06-01..06-05")]
    [InlineData("年底前", "2021-06-14", "2021-12-01", "2021-12-31", "JionLP: publication..12-31")]
    [InlineData("2025年前", "2021-06-14", "2025-01-01", "2025-12-31", "JionLP: publication..2025-12-31")]
    [InlineData("二〇三五年前", "2021-06-14", "2035-01-01", "2035-12-31", "JionLP: publication..2035-12-31")]
    [InlineData("二〇一九年5月8日起", "2021-06-14", "2019-05-08", "2019-05-08", "JionLP: 2019-05-08..publication")]
    [InlineData("从去年9月起", "2021-06-14", "2020-09-01", "2020-09-30", "JionLP: 2020-09-01..publication")]
    public void DiffersFromJionlpOnPurpose(string input, string published, string start, string end, string jionlp)
    {
        _ = jionlp; // what JionLP returns, kept beside our answer
        var mention = DateAssert.Find(input, published, input);

        Assert.Equal(DateAssert.Day(start), mention.RangeStart);
        Assert.Equal(DateAssert.Day(end), mention.RangeEnd);
    }

    [Theory]
    [InlineData("当月", "2021-06-14", "JionLP: the publication month")]
    [InlineData("同月9号", "2021-06-14", "JionLP: 2021-06-09")]
    public void AnaphorsWithNothingToReferToStayUnknown(string input, string published, string jionlp)
    {
        _ = jionlp; // 当月 / 同月 refer to a month named earlier in the text, never to publication
        var mention = Assert.Single(DateResolver.FindAll(input, DateAssert.Day(published)));

        Assert.Equal(DatePrecision.Unknown, mention.Precision);
        Assert.Null(mention.GoldDate);
    }

    [Theory]
    [InlineData("90日")]
    [InlineData("60日内")]
    [InlineData("4周年")]
    [InlineData("24年")]
    [InlineData("三十三年")]
    [InlineData("两日")]
    [InlineData("3~6个月")]
    [InlineData("五个季度")]
    public void DurationsAreNotDates(string input)
    {
        Assert.Empty(DateResolver.FindAll(input, new DateOnly(2021, 6, 14)));
    }
}
