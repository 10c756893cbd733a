using System.Text;
using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

/// <summary>
/// Issue 18, finding 2: a publication date later than today (9999-12-31) is refused with a reason on
/// every way in (text, file, front matter, sidecar, the verbs' --published), against Nantong's today.
/// </summary>
public sealed class FuturePublicationTests
{
    // 20:00 UTC on 5 December is already 6 December in Nantong.
    private static readonly FixedClock Evening = new(new DateTimeOffset(2026, 12, 5, 20, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2026-12-07")]
    public void AFutureDateGivenBesideTheTextIsRefused(string date)
    {
        var metadata = new ArticleMetadata { Published = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        var read = ArticleTextReader.Read("南通市项目集中开工。", "t", "txt", new IngestOptions { Clock = Evening }, metadata);

        Assert.False(read.Succeeded);
        Assert.Equal($"publication date {date} is later than today (2026-12-06 in Nantong): correct the date and import again", read.Failure.Reason);
    }

    [Fact]
    public void TodayInNantongIsAccepted()
    {
        var metadata = new ArticleMetadata { Published = new DateOnly(2026, 12, 6) };

        var article = IngestAssert.Article(ArticleTextReader.Read("南通市项目集中开工。", "t", "txt", new IngestOptions { Clock = Evening }, metadata));

        Assert.Equal(new DateOnly(2026, 12, 6), article.Published);
    }

    [Fact]
    public void AFutureDateInAFilesFrontMatterOrFromTheOverrideIsRefused()
    {
        var markdown = Encoding.UTF8.GetBytes("---\ntitle: 开工\ndate: 2030-01-01\n---\n南通市项目集中开工。");

        var fromFile = ArticleFileReader.ReadUploaded(markdown, "a.md", new IngestOptions { Clock = Evening });
        var fromOverride = ArticleTextReader.Read("南通市项目集中开工。", "t", "txt", new IngestOptions { Clock = Evening, PublishedOverride = new DateOnly(9999, 12, 31) });

        Assert.StartsWith("publication date 2030-01-01 is later than today", fromFile.Failure!.Reason, StringComparison.Ordinal);
        Assert.StartsWith("publication date 9999-12-31 is later than today", fromOverride.Failure!.Reason, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
