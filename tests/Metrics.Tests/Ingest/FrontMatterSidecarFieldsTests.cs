using Metrics.Extraction;
using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

/// <summary>Front matter <c>published</c>, <c>publisher</c> and <c>url</c> are read like the sidecar's (issue 14).</summary>
public sealed class FrontMatterSidecarFieldsTests
{
    private const string Text = """
        ---
        title: 通州区一季度重大产业项目集中开工
        published: 2023-02-12
        publisher: 南通日报
        url: http://www.ntrb.example/2023/02/12/tongzhou
        ---
        11日上午，通州区一季度重大产业项目集中开工仪式举行。此次集中开工的产业项目共16个，总投资83.2亿元。
        """;

    [Fact]
    public void PublishedPublisherAndUrlAreTheArticlesOwn()
    {
        var article = IngestAssert.Article(ArticleTextReader.Read(Text, "post", "md"));

        Assert.Equal((new DateOnly(2023, 2, 12), PublishedDateSource.FrontMatter), (article.Published, article.PublishedSource));
        Assert.Equal(("南通日报", "http://www.ntrb.example/2023/02/12/tongzhou"), (article.Publisher, article.Url));
    }

    [Fact]
    public void FrontMatterPublishedDatesTheFactsOfItsRelativeDays()
    {
        var article = IngestAssert.Article(ArticleTextReader.Read(Text, "post", "md"));

        var facts = FactExtractor.ExtractWithUnplaced(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher));

        Assert.Contains(facts, f => f.Date == "2023-02-11");
    }

    [Fact]
    public void PublishedWinsOverDateAndTheSidecarWinsOverBoth()
    {
        const string both = "---\ndate: 2021-01-01\npublished: 2021-03-04\npublisher: 江海晚报\n---\n正文\n";

        var own = IngestAssert.Article(ArticleTextReader.Read(both, "post", "md"));
        var withSidecar = IngestAssert.Article(ArticleTextReader.Read(both, "post", "md", metadata: new ArticleMetadata { Published = new DateOnly(2021, 5, 6), Publisher = "南通日报" }));

        Assert.Equal((new DateOnly(2021, 3, 4), "江海晚报"), (own.Published, own.Publisher));
        Assert.Equal((new DateOnly(2021, 5, 6), "南通日报"), (withSidecar.Published, withSidecar.Publisher));
    }
}
