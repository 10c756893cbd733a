using Metrics.Extraction.Dates;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>
/// Table 5b (D1–D42) and rows L13–L16 of <c>shared/corpus/tricky-cases.md</c>, with the
/// published date each row gives. Where the gold schema decides a precision (上半年 →
/// quarter, 今年以来 → month, 年初 → Q1) the gold string is asserted.
/// </summary>
public sealed class TrickyDateCasesTests
{
    [Theory]
    [InlineData("D1", "6月29日", "2023-07-11", "6月29日", "2023-06-29", "2023-06-29", DatePrecision.Day, "2023-06-29", "relative")]
    [InlineData("D2", "10日", "2023-07-11", "10日", "2023-07-10", "2023-07-10", DatePrecision.Day, "2023-07-10", "relative")]
    [InlineData("D3", "12日，项目举行开工仪式", "2023-07-11", "12日", "2023-06-12", "2023-06-12", DatePrecision.Day, "2023-06-12", "relative")]
    [InlineData("D3-将于", "项目将于12日举行开工仪式", "2023-07-11", "12日", "2023-07-12", "2023-07-12", DatePrecision.Day, "2023-07-12", "relative future")]
    [InlineData("D4", "昨日", "2023-07-11", "昨日", "2023-07-10", "2023-07-10", DatePrecision.Day, "2023-07-10", "relative")]
    [InlineData("D5", "前天", "2023-07-11", "前天", "2023-07-09", "2023-07-09", DatePrecision.Day, "2023-07-09", "relative")]
    [InlineData("D6", "今年年初", "2023-07-11", "今年年初", "2023-01-01", "2023-02-28", DatePrecision.Quarter, "2023-Q1", "relative vague")]
    [InlineData("D7", "年初", "2023-07-11", "年初", "2023-01-01", "2023-02-28", DatePrecision.Quarter, "2023-Q1", "relative vague")]
    [InlineData("D8", "2023年一季度", "2023-07-11", "2023年一季度", "2023-01-01", "2023-03-31", DatePrecision.Quarter, "2023-Q1", "period")]
    [InlineData("D9", "二季度", "2023-07-11", "二季度", "2023-04-01", "2023-06-30", DatePrecision.Quarter, "2023-Q2", "relative period")]
    [InlineData("D10", "四季度", "2024-01-03", "四季度", "2023-10-01", "2023-12-31", DatePrecision.Quarter, "2023-Q4", "relative period")]
    [InlineData("D11", "今年一季度", "2024-01-03", "今年一季度", "2024-01-01", "2024-03-31", DatePrecision.Quarter, "2024-Q1", "relative period")]
    [InlineData("D12", "上半年", "2023-07-11", "上半年", "2023-01-01", "2023-06-30", DatePrecision.Quarter, "2023-Q2", "relative period")]
    [InlineData("D13", "今年以来", "2023-07-11", "今年以来", "2023-01-01", "2023-07-11", DatePrecision.Month, "2023-07", "relative period")]
    [InlineData("D14", "近日", "2023-07-11", "近日", "2023-07-04", "2023-07-11", DatePrecision.Unknown, null, "relative vague")]
    [InlineData("D15", "日前", "2023-07-11", "日前", "2023-07-04", "2023-07-11", DatePrecision.Unknown, null, "relative vague")]
    [InlineData("D16", "上周五", "2023-07-11", "上周五", "2023-07-07", "2023-07-07", DatePrecision.Day, "2023-07-07", "relative")]
    [InlineData("D17", "周五", "2023-07-11", "周五", "2023-07-07", "2023-07-07", DatePrecision.Day, "2023-07-07", "relative")]
    [InlineData("D17-将于", "将于周五举行", "2023-07-11", "周五", "2023-07-14", "2023-07-14", DatePrecision.Day, "2023-07-14", "relative future")]
    [InlineData("D18", "本周", "2023-07-11", "本周", "2023-07-10", "2023-07-16", DatePrecision.Month, "2023-07", "relative")]
    [InlineData("D19", "7月上旬", "2023-07-11", "7月上旬", "2023-07-01", "2023-07-10", DatePrecision.Month, "2023-07", "relative")]
    [InlineData("D20", "6月下旬", "2023-07-11", "6月下旬", "2023-06-21", "2023-06-30", DatePrecision.Month, "2023-06", "relative")]
    [InlineData("D21", "月底", "2023-07-11", "月底", "2023-07-21", "2023-07-31", DatePrecision.Month, "2023-07", "relative vague")]
    [InlineData("D22", "12月28日", "2024-01-03", "12月28日", "2023-12-28", "2023-12-28", DatePrecision.Day, "2023-12-28", "relative")]
    [InlineData("D23", "28日", "2024-01-03", "28日", "2023-12-28", "2023-12-28", DatePrecision.Day, "2023-12-28", "relative")]
    [InlineData("D24", "去年12月", "2024-01-03", "去年12月", "2023-12-01", "2023-12-31", DatePrecision.Month, "2023-12", "relative period")]
    [InlineData("D25", "2023年6月29日下午", "2023-07-11", "2023年6月29日下午", "2023-06-29", "2023-06-29", DatePrecision.Day, "2023-06-29", "")]
    [InlineData("D26", "6月29日至30日", "2023-07-11", "6月29日至30日", "2023-06-29", "2023-06-30", DatePrecision.Day, "2023-06-29", "relative")]
    [InlineData("D27", "6月29日-7月2日", "2023-07-11", "6月29日-7月2日", "2023-06-29", "2023-07-02", DatePrecision.Day, "2023-06-29", "relative")]
    [InlineData("D28", "“十四五”期间", "2023-07-11", "“十四五”期间", "2021-01-01", "2025-12-31", DatePrecision.Year, "2025", "period")]
    [InlineData("D29", "到2025年", "2023-07-11", "到2025年", "2025-01-01", "2025-12-31", DatePrecision.Year, "2025", "deadline")]
    [InlineData("D30", "年内", "2023-07-11", "年内", "2023-01-01", "2023-12-31", DatePrecision.Year, "2023", "relative deadline")]
    [InlineData("D31", "今年1-6月", "2023-07-11", "今年1-6月", "2023-01-01", "2023-06-30", DatePrecision.Month, "2023-06", "relative period")]
    [InlineData("D32", "1至5月", "2023-07-11", "1至5月", "2023-01-01", "2023-05-31", DatePrecision.Month, "2023-05", "relative period")]
    [InlineData("D33", "今年前5个月", "2023-07-11", "今年前5个月", "2023-01-01", "2023-05-31", DatePrecision.Month, "2023-05", "relative period")]
    [InlineData("D34", "2022年底", "2023-07-11", "2022年底", "2022-12-01", "2022-12-31", DatePrecision.Month, "2022-12", "vague")]
    [InlineData("D35", "二〇二三年六月二十九日", "2023-07-11", "二〇二三年六月二十九日", "2023-06-29", "2023-06-29", DatePrecision.Day, "2023-06-29", "")]
    [InlineData("D36", "2023.6.29", "2023-07-11", "2023.6.29", "2023-06-29", "2023-06-29", DatePrecision.Day, "2023-06-29", "")]
    [InlineData("D37", "10日上午", "2023-07-11", "10日上午", "2023-07-10", "2023-07-10", DatePrecision.Day, "2023-07-10", "relative")]
    [InlineData("D38", "截至6月底", "2023-07-11", "截至6月底", "2023-06-30", "2023-06-30", DatePrecision.Month, "2023-06", "relative period")]
    [InlineData("D39", "前三季度", "2023-10-20", "前三季度", "2023-01-01", "2023-09-30", DatePrecision.Quarter, "2023-Q3", "relative period")]
    [InlineData("D40", "下周一", "2023-07-11", "下周一", "2023-07-17", "2023-07-17", DatePrecision.Day, "2023-07-17", "relative future")]
    [InlineData("D41", "上月", "2023-07-11", "上月", "2023-06-01", "2023-06-30", DatePrecision.Month, "2023-06", "relative period")]
    [InlineData("D42", "今年上半年，销售比去年同期增长", "2023-07-11", "去年同期", "2022-01-01", "2022-06-30", DatePrecision.Quarter, "2022-Q2", "relative period")]
    [InlineData("D42-alone", "去年同期", "2023-07-11", "去年同期", "2022-01-01", "2022-07-11", DatePrecision.Month, "2022-07", "relative period")]
    [InlineData("L13", "6月29日，…签约仪式举行。当天，…", "2023-07-11", "当天", "2023-06-29", "2023-06-29", DatePrecision.Day, "2023-06-29", "relative")]
    [InlineData("L14", "6月29日…。次日，项目开工。", "2023-07-11", "次日", "2023-06-30", "2023-06-30", DatePrecision.Day, "2023-06-30", "relative")]
    [InlineData("L15", "今年上半年，全区…比去年同期增长12%", "2023-07-11", "去年同期", "2022-01-01", "2022-06-30", DatePrecision.Quarter, "2022-Q2", "relative period")]
    [InlineData("L16", "将于12日举行", "2023-07-11", "12日", "2023-07-12", "2023-07-12", DatePrecision.Day, "2023-07-12", "relative future")]
    [InlineData("L16-past", "12日，…举行", "2023-07-11", "12日", "2023-06-12", "2023-06-12", DatePrecision.Day, "2023-06-12", "relative")]
    public void ResolvesTheTableRow(
        string row, string input, string published, string surface,
        string? start, string? end, DatePrecision precision, string? gold, string flags)
    {
        _ = row; // names the case: ResolvesTheTableRow(row: "D26", …)
        var mention = DateAssert.Find(input, published, surface);

        DateAssert.Resolves(mention, start, end, precision, gold);
        DateAssert.HasFlags(mention, flags);
    }

    [Fact]
    public void L13AnaphorIgnoresThePublicationDateEvenWhenOneIsGiven()
    {
        // The publication date (07-11) must not leak into 当天: only the text's 6月29日 counts.
        var mentions = DateResolver.FindAll("6月29日，签约仪式举行。当天，项目开工。", new DateOnly(2023, 7, 11));

        Assert.Equal(["2023-06-29", "2023-06-29"], mentions.Select(m => m.GoldDate));
    }
}
