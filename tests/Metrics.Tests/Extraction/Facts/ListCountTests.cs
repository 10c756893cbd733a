using Metrics.Extraction;
using Metrics.Extraction.Facts;

namespace Metrics.Tests.Extraction.Facts;

public sealed class ListCountTests
{
    private static IReadOnlyList<ProjectEventFact> Events(string text, string published) =>
        FactExtractor.Extract(new ArticleInput(text, DateOnly.Parse(published), "海门区")).OfType<ProjectEventFact>().ToList();

    [Fact]
    public void PartsOfOneSigningAddUp()
    {
        var events = Events("2月28日,海门专场招商活动在深圳举行,11个数字文化产业项目、2个数字文化产业生态项目成功签约。", "2025-03-17");

        var signing = Assert.Single(events);
        Assert.Equal(13, signing.ProjectCount);
    }
}
