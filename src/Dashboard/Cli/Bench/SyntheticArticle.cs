using Metrics.Extraction;

namespace Dashboard.Cli.Bench;

/// <summary>A made-up news article for the benchmark; never stored.</summary>
/// <param name="Id">Its position in the generated set, e.g. <c>bench-00042</c>.</param>
/// <param name="Title">Headline, as a sidecar would give it.</param>
/// <param name="Published">Publication date, the anchor of its relative dates (昨日, 今年以来).</param>
/// <param name="Publisher">Outlet, e.g. <c>南通日报</c>.</param>
/// <param name="Text">The article text, 2,000 to 4,000 characters.</param>
internal sealed record SyntheticArticle(string Id, string Title, DateOnly Published, string Publisher, string Text)
{
    /// <summary>The article as the extractor reads it.</summary>
    public ArticleInput ToInput() => new(Text, Published, Title, Publisher);
}
