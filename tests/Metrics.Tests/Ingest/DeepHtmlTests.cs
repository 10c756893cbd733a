using System.Text;
using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

/// <summary>
/// A page nested 100,000 elements deep: the HTML parser's tree builder looks down the stack of open
/// elements at each start tag, so it took minutes; beyond 512 levels the tags are dropped and the text kept.
/// </summary>
public sealed class DeepHtmlTests
{
    private const string Sentence = "海门区召开区委常委会会议。";

    [Fact]
    public async Task AHundredThousandNestedElementsKeepTheirTextAndDoNotStallTheParser()
    {
        var html = Nested(100_000, "div", Sentence + "<p>第二段</p>");

        // A guard against the old minutes, not a speed target (the bench has those).
        var page = await Task.Run(() => HtmlPageReader.Read(html)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal([Sentence, "第二段"], page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void APageNoDeeperThanTheLimitIsParsedAsItIs()
    {
        var html = Nested(HtmlDepthLimit.MaxDepth - 2, "section", "<script>if (a < b) { x = '<div>'; }</script>" + Sentence) + string.Concat(Enumerable.Repeat("<p>段落", 2_000));

        Assert.Same(html, HtmlDepthLimit.Apply(html));
    }

    [Fact]
    public void BeyondTheLimitOnlyTheTagsGoAndEveryCharacterOfTextStays()
    {
        var html = "<html><body>" + Nested(HtmlDepthLimit.MaxDepth + 100, "span", "<b title=\"a > b\">" + Sentence + "</b><!-- <div> -->") + "</body></html>";

        var limited = HtmlDepthLimit.Apply(html);

        Assert.NotSame(html, limited);
        Assert.Equal(HtmlDepthLimit.MaxDepth, CountOf(limited, "<span>"));
        Assert.Equal(HtmlDepthLimit.MaxDepth, CountOf(limited, "</span>"));
        // <b> opens beyond the limit too: its tags go, its quoted > and the comment's <div> are no tags.
        Assert.Contains("<span>" + Sentence + "<!-- <div> --></span>", limited, StringComparison.Ordinal);
        Assert.Equal(Sentence, HtmlPageReader.Read(html).Text.Trim());
    }

    private static string Nested(int depth, string tag, string inner) =>
        new StringBuilder().Insert(0, $"<{tag}>", depth).Append(inner).Insert(0, "<html><body>", 0).Append(new StringBuilder().Insert(0, $"</{tag}>", depth)).ToString();

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
