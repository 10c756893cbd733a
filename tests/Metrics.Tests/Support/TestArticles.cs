using Metrics.Ingest;

namespace Metrics.Tests.Support;

/// <summary>Articles made in memory, and the second report of the 2023-02-11 通州区 launch that 003 reports.</summary>
internal static class TestArticles
{
    /// <summary>
    /// A 南通日报 report of the same launch as seed article 003 (16 projects, 83.2亿元, 2023-02-11),
    /// written from its facts: the same event from a second publisher, to be counted once.
    /// </summary>
    public const string TongzhouLaunchReport =
        "通州区一季度16个产业项目集中开工\n\n" +
        "本报讯(记者 顾艳)2月11日上午,通州区一季度重大产业项目集中开工仪式在康源电路项目现场举行。" +
        "此次集中开工的产业项目共16个,总投资83.2亿元,涵盖集成电路、新材料、高端装备等领域。\n\n" +
        "区委书记张建华宣布项目开工。他表示,全区上下要牢固树立“项目为王”理念,以更实举措推动项目早建成、早投产、早见效。\n";

    public static IngestedArticle Make(string text, DateOnly published, string? url = null, string? publisher = null, string sourceName = "test") => new()
    {
        SourceName = sourceName,
        Url = url,
        Publisher = publisher,
        Published = published,
        PublishedSource = PublishedDateSource.Sidecar,
        Text = text,
        ContentHash = ContentHash.Compute(text),
        Format = ArticleFormats.Txt,
    };
}
