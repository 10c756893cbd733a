using Metrics.Ingest;

namespace Metrics.Tests.Support;

/// <summary>An article that names no place: the extractor finds its launch but not whose it is.</summary>
internal static class UnplacedArticles
{
    public const string Url = "http://www.example.cn/2024/03/06/kaigong";

    /// <summary>12 projects, 56亿元, started on 2024-03-05, in no district the text names.</summary>
    public const string Launch =
        "一季度重大产业项目集中开工\n\n" +
        "3月5日上午，2024年一季度重大产业项目集中开工活动举行。" +
        "此次集中开工的产业项目共12个，总投资56亿元，涵盖新材料、高端装备等领域。\n";

    public const string Evidence = "此次集中开工的产业项目共12个，总投资56亿元";

    public static IngestedArticle Make(string text = Launch, string? url = Url, string sourceName = "unplaced") =>
        TestArticles.Make(text, new DateOnly(2024, 3, 6), url, sourceName: sourceName);
}
