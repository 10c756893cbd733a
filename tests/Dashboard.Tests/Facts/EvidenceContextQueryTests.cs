using Dashboard.Presentation.Evidence;
using Dashboard.Tests.Support;
using Metrics.Facts;
using Metrics.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Facts;

/// <summary>The context of a seed fact's evidence, read from the article stored in a real SQLite file.</summary>
public sealed class EvidenceContextQueryTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public EvidenceContextQueryTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task TheTongzhouLaunchEvidenceComesWithTheSentencesAroundItInTheArticle()
    {
        _ = factory.Server;
        var facts = factory.Services.GetRequiredService<FactListQuery>();
        var page = await facts.RunAsync(Metric.Projects, new FactFilter { Districts = ["通州区"], Stage = ProjectStage.Started }, 1, 50);
        var launch = Assert.Single(page.Items, f => f.ProjectCount == 16);
        var source = Assert.Single(launch.Sources);

        var contexts = await factory.Services.GetRequiredService<EvidenceContextQuery>().RunAsync(launch.Sources);

        var context = contexts[(source.ArticleId, source.EvidenceStart)];
        Assert.Equal(source.Evidence, context.Evidence);
        // The commentary's sentence gives the date, the count and the total together.
        Assert.StartsWith("2月11日,我区举行一季度项目集中开工仪式,16个产业项目", context.Evidence);
        Assert.Contains("一年春作首", context.Before);
        Assert.Contains("动员大会召开", context.After);
    }
}
