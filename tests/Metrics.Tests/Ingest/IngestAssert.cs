using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

internal static class IngestAssert
{
    public static IngestedArticle Article(IngestResult result)
    {
        Assert.True(result.Succeeded, $"expected an article, got failure: {result.Failure}");
        return result.Article;
    }

    public static IngestFailure Failure(IngestResult result)
    {
        Assert.False(result.Succeeded, "expected a failure, got an article");
        return result.Failure;
    }
}
