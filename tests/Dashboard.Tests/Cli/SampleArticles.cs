namespace Dashboard.Tests.Cli;

/// <summary>Short articles written for these tests, each with one fact the extractor is known to find.</summary>
internal static class SampleArticles
{
    /// <summary>A meeting of 港闸区's standing committee on 25 June, chaired by 王明.</summary>
    public const string StandingCommittee =
        "港闸区召开区委常委会会议\n\n6月25日，区委书记王明主持召开区委常委会会议，传达学习全市重点工作推进会精神，研究部署下阶段工作。\n";

    /// <summary>12 projects signed in 海门区 "yesterday" for 56亿元: the date depends on the publication date.</summary>
    public const string SigningYesterday =
        "海门区重大项目集中签约\n\n昨日，海门区举行重大项目集中签约活动，共签约项目12个，总投资56亿元。\n";

    /// <summary>16 projects started in 通州区 on 11 February 2023 for 83.2亿元.</summary>
    public const string GroundBreaking =
        "2023年2月11日，通州区举行重大项目集中开工活动，此次集中开工的产业项目共16个，总投资达83.2亿元。\n";

    /// <summary>A work conference in 通州区 on 8 March.</summary>
    public const string WorkConference =
        "通州区召开全区高质量发展推进会\n\n3月8日上午，通州区召开全区高质量发展推进会。会议总结了去年工作，部署今年任务。\n";

    /// <summary>Prose with no fact in it, to pad an article.</summary>
    public const string Filler =
        "近年来，当地坚持生态优先、绿色发展，持续改善人居环境，群众的获得感、幸福感和安全感不断增强，";

    /// <summary>The sidecar of an article: <c>{"published": ..., "title": ...}</c>.</summary>
    public static string Sidecar(string published, string title) =>
        $$"""{"published": "{{published}}", "title": "{{title}}", "publisher": "南通日报"}""";
}
