using Dashboard.Components.Pages.Articles;

namespace Dashboard.Tests.Review;

/// <summary>
/// Issue 15: the article view reads a scraped page as a person would — headings as headings, no
/// share-button lines, no runs of blank lines — while the text it holds, and so every evidence and
/// selection offset, stays the stored text.
/// </summary>
public sealed class ArticleTextLayoutTests
{
    private const string Scraped = "\n\n\n\n官方微信\n\n\n\n官方微博\n\n# 机遇激发担当 使命催人奋进\n\n## 区委常委会召开会议\n\n6月29日上午,区委召开常委会。\n\n\n\n\n会议强调,要抓好落实。\n\n分享到：\n";

    [Fact]
    public void HeadingMarksShareLinesAndExtraBlankLinesAreHiddenAndNothingIsRemoved()
    {
        var looks = ArticleTextLayout.Of(Scraped);
        var segments = TextSegments.Split(Scraped, [(7, Scraped.IndexOf("6月29日", StringComparison.Ordinal), 8)], looks);

        Assert.Equal(Scraped, string.Concat(segments.Select(s => s.Text)));
        Assert.All(segments, s => Assert.Equal(s.Text, Scraped.Substring(s.Start, s.Text.Length)));
        var shown = string.Concat(segments.Where(s => !s.Look.Hidden).Select(s => s.Text));
        Assert.Equal("机遇激发担当 使命催人奋进\n\n区委常委会召开会议\n\n6月29日上午,区委召开常委会。\n\n会议强调,要抓好落实。", shown);
        Assert.Equal(1, Assert.Single(segments, s => s.Text == "机遇激发担当 使命催人奋进").Look.HeadingLevel);
        Assert.Equal(2, Assert.Single(segments, s => s.Text == "区委常委会召开会议").Look.HeadingLevel);
        Assert.Equal([7], Assert.Single(segments, s => s.FactIds.Count > 0).FactIds);
    }

    [Theory]
    [InlineData("微信扫码关注我们的官方微信，获取更多资讯")]
    [InlineData("#1 项目")]
    [InlineData("全年签约项目 20 个。")]
    public void OrdinaryLinesStayAsTheyAre(string line)
    {
        var text = "导语。\n" + line + "\n结尾。";

        var looks = ArticleTextLayout.Of(text);

        Assert.All(looks, look => Assert.Equal(TextLook.Plain, look));
    }
}
