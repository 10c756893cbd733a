using System.Globalization;
using Metrics.Queries;

namespace Dashboard.Presentation.Parameters;

/// <summary>
/// A query parameter the API cannot use; answered with 400 and a problem body naming it. Each kind of
/// problem is written here once, in English for the API's problem body and in Chinese for the pages
/// that read their links with the same rules (<see cref="Chinese"/>).
/// </summary>
internal sealed class ApiParameterException : Exception
{
    // What a value of the parameter is, for "未知的区县“上海区”"; other parameters get "值".
    private static readonly Dictionary<string, string> ChineseNouns = new(StringComparer.Ordinal)
    {
        ["metric"] = "指标",
        ["panels"] = "面板",
        ["interval"] = "时间粒度",
        ["district"] = "区县",
        ["stage"] = "项目阶段",
        ["kind"] = "会议类型",
        ["boundaries"] = "区划口径",
        ["chart"] = "图表类型",
        ["theme"] = "主题",
        ["lang"] = "语言",
        ["rows"] = "表格行",
        ["format"] = "格式",
    };

    private readonly string chineseProblem;

    private ApiParameterException(string parameter, string english, string chineseProblem)
        : base(english)
    {
        Parameter = parameter;
        this.chineseProblem = chineseProblem;
    }

    public string Parameter { get; }

    /// <summary>The sentence a page shows: <c>链接参数“metric”缺失：应为 projects（项目数）、…之一。</c></summary>
    public string Chinese => $"链接参数“{Parameter}”{chineseProblem}";

    public static ApiParameterException Missing(string name, IReadOnlyList<ParameterChoice> choices) =>
        new(name, $"{name} is required: one of {EnglishList(choices)}.", $"缺失：{OneOf(choices)}。");

    public static ApiParameterException Unknown(string name, string text, IReadOnlyList<ParameterChoice> choices) =>
        new(name, $"unknown {name} '{text}': one of {EnglishList(choices)}.",
            $"无效：未知的{ChineseNouns.GetValueOrDefault(name, "值")}“{text}”，{OneOf(choices)}。");

    public static ApiParameterException Empty(string name) =>
        new(name, $"{name} is empty.", "为空：请给出一个值，或去掉这个参数。");

    public static ApiParameterException Repeated(string name, int times) =>
        new(name, $"{name} is given {times} times; give it once.", $"重复出现 {times} 次，只能给一次。");

    public static ApiParameterException NotADate(string name, string text) =>
        new(name, $"{name} must be an ISO date (YYYY-MM-DD), not '{text}'.", $"无效：应为 YYYY-MM-DD 格式的日期，而不是“{text}”。");

    public static ApiParameterException NotAWholeNumber(string name, int min, int max, string text) =>
        new(name, $"{name} must be a whole number from {min} to {max}, not '{text}'.", $"无效：应为 {min} 到 {max} 之间的整数，而不是“{text}”。");

    public static ApiParameterException FromAfterTo(DateOnly from, DateOnly to) => FromAfterTo(Iso(from), Iso(to), "日期");

    public static ApiParameterException FromAfterTo(int fromYear, int toYear) =>
        FromAfterTo(fromYear.ToString(CultureInfo.InvariantCulture), toYear.ToString(CultureInfo.InvariantCulture), "年份");

    /// <summary>A date whose year lies outside what any chart draws (<see cref="SpanLimits"/>).</summary>
    public static ApiParameterException OutsideYears(string name, int year, int earliest, int latest) =>
        new(name, $"{name} must lie in the years {earliest} to {latest}, not in {year}.", $"无效：年份应在 {earliest} 到 {latest} 之间，而不是 {year}。");

    /// <summary>from and to further apart than the interval allows (<see cref="SpanLimits"/>); named as <c>to</c>.</summary>
    public static ApiParameterException SpanTooLong(Interval interval, int maxYears)
    {
        var (english, chinese) = interval switch
        {
            Interval.Month => ("a monthly", "按月"),
            Interval.Quarter => ("a quarterly", "按季度"),
            _ => ("a yearly", "按年"),
        };
        return new("to", $"from and to may be at most {maxYears} years apart for {english} range (yearly {SpanLimits.MaxYearsByYear}, quarterly {SpanLimits.MaxYearsByQuarter}, monthly {SpanLimits.MaxYearsByMonth} years).",
            $"无效：起止日期相隔超过 {maxYears} 年；{chinese}最多 {maxYears} 年（按年 {SpanLimits.MaxYearsByYear} 年、按季度 {SpanLimits.MaxYearsByQuarter} 年、按月 {SpanLimits.MaxYearsByMonth} 年）。");
    }

    /// <summary>stage with meetings, kind with projects: the parameter applies to other metrics only.</summary>
    public static ApiParameterException OnlyFor(string name, IReadOnlyList<ParameterChoice> appliesTo, IReadOnlyList<ParameterChoice> notTo) =>
        new(name, $"{name} applies to {EnglishList(appliesTo, "and")}, not to {EnglishList(notTo, "or")}.",
            $"无效：{ChineseNouns[name]}{Spaced("只适用于", ChineseList(appliesTo, "和"))}，{Spaced("不适用于", ChineseList(notTo, "或"))}。");

    /// <summary>A problem of its own kind, with both sentences given (<c>chineseProblem</c> follows <c>链接参数“name”</c>).</summary>
    public static ApiParameterException Other(string name, string english, string chineseProblem) => new(name, english, chineseProblem);

    private static ApiParameterException FromAfterTo(string from, string to, string what) =>
        new("from", $"from ({from}) is after to ({to}).", $"无效：起始{what} {from} 晚于结束{what} {to}。");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The API's lists: "one of projects, investment, meetings"; two words joined by "and"/"or" where a sentence asks for it.
    private static string EnglishList(IReadOnlyList<ParameterChoice> choices, string? last = null) =>
        last is null || choices.Count < 2
            ? string.Join(", ", choices.Select(c => c.Value))
            : $"{string.Join(", ", choices.SkipLast(1).Select(c => c.Value))} {last} {choices[^1].Value}";

    // 应为 projects（项目数）、investment（投资额）或 meetings（会议数）之一
    private static string OneOf(IReadOnlyList<ParameterChoice> choices) => Spaced(Spaced("应为", ChineseList(choices, "或")), "之一");

    // projects（项目数）、investment（投资额）或 meetings（会议数）
    private static string ChineseList(IReadOnlyList<ParameterChoice> choices, string last)
    {
        var shown = choices.Select(c => c.Shown(chinese: true)).ToArray();
        return shown.Length < 2 ? string.Concat(shown) : Spaced(Spaced(string.Join("、", shown[..^1]), last), shown[^1]);
    }

    // A space where a Latin word or a number meets a Chinese character, as in "应为 projects" and "bars 或 lines".
    private static string Spaced(string left, string right)
    {
        static bool Latin(char c) => char.IsAsciiLetterOrDigit(c);
        var between = left.Length > 0 && right.Length > 0 && Latin(left[^1]) != Latin(right[0]) && (Ideograph(left[^1]) || Ideograph(right[0])) ? " " : "";
        return left + between + right;
    }

    private static bool Ideograph(char c) => c is >= '\u4e00' and <= '\u9fff';
}
