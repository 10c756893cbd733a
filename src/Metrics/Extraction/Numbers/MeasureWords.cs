namespace Metrics.Extraction.Numbers;

/// <summary>
/// Measure words and units. After a number with 万/亿 and no currency they say "not money"
/// ("3.2万平方米", "年产3000万件"); 个/项/家/批 after a number make a count ("16个项目").
/// </summary>
internal static class MeasureWords
{
    private static readonly WordSet NonMoneyUnits = new(
    [
        "平方米", "平方公里", "平方", "平米", "立方米", "立方", "千瓦时", "千瓦", "兆瓦", "千米", "千克", "公里", "公斤", "公顷",
        "人次", "标箱", "小时", "分钟", "TEU", "kW", "MW",
        "吨", "件", "台", "套", "亩", "瓦", "度", "户", "只", "头", "辆", "名", "位", "米", "方", "斤", "克", "片", "张", "条",
        "支", "册", "本", "粒", "颗", "株", "棵", "箱", "包", "双", "对", "部", "个", "家", "项", "批", "座", "所", "例", "份",
        "字", "篇", "年", "天", "秒", "岁", "倍", "次", "人", "%", "升", "桶", "块", "股", "根", "袋", "瓶", "盒", "页", "幅",
        "尾", "羽", "匹", "枚", "艘", "架", "列", "趟", "班", "单", "笔", "首", "集", "口", "兆",
    ]);

    /// <summary>Count units: "16个项目", "共签约项目12个", "20多家企业", "一批重大项目".</summary>
    private static readonly WordSet CountUnits = new(["个", "项", "家", "批"]);

    /// <summary>What after a count unit turns it into a duration or a ratio: "3个月", "5个百分点".</summary>
    private static readonly WordSet NotCountFollowers = new(
        ["月", "多月", "半月", "百分点", "小时", "多小时", "工作日", "季度", "星期", "礼拜", "个"]);

    /// <summary>True when a non-money unit starts at <paramref name="index"/>.</summary>
    /// <remarks>项 is a unit ("1万项专利") but 项目 is not: "百亿项目成功签约" sizes a project.</remarks>
    public static bool NonMoneyUnitAt(string text, int index) =>
        NonMoneyUnits.LongestAt(text, index) is { } unit && !(unit == "项" && TextScan.At(text, index + 1, "目"));

    /// <summary>The count unit that starts at <paramref name="index"/>, or null.</summary>
    public static string? CountUnitAt(string text, int index) => CountUnits.LongestAt(text, index);

    /// <summary>True when the count unit ending at <paramref name="index"/> is followed by a duration or ratio word.</summary>
    public static bool NotACountAfter(string text, int index) => NotCountFollowers.LongestAt(text, index) is not null;
}
