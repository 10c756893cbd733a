using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Import;
using Metrics.Queries;
using Metrics.Review;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Import;

/// <summary>The extractor's confidence is stored with each fact; a person's values are sure (issue 14).</summary>
public sealed class FactConfidenceTests
{
    [Fact]
    public async Task AnExtractedFactKeepsItsConfidenceUntilAPersonCorrectsIt()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var extracted = new ProjectEventFact
        {
            District = "通州区",
            Date = "2023-02-11",
            Precision = DatePrecision.Day,
            Evidence = "通州区16个产业项目集中开工",
            EvidenceStart = 0,
            Stage = ProjectStage.Started,
            Scope = FactScope.Event,
            ProjectCount = 16,
            Confidence = 0.35,
        };
        await using (var context = database.Open())
        {
            await context.Database.OpenConnectionAsync();
            await using var transaction = await context.Database.BeginTransactionAsync();
            using var rows = new NewRows(context);
            rows.Insert(FactRecords.ToFact(extracted, DateTime.UtcNow));
            await rows.FlushAsync();
            await transaction.CommitAsync();
        }

        var listed = await new FactListQuery(database.ContextFactory, NantongGazetteer.Load()).RunAsync(Metric.Projects, new FactFilter(), 1, 10);
        var fact = Assert.Single(listed.Items);
        Assert.Equal(0.35, fact.Confidence);

        var review = new FactReview(database.ContextFactory, TimeProvider.System);
        await review.EditAsync(fact.Id, (await review.FieldsAsync(fact.Id)) with { ProjectCount = 15 }, "admin");

        await using var after = database.Open();
        Assert.Equal((FactStatus.Corrected, 1.0), (await after.Facts.Select(f => new { f.Status, f.Confidence }).SingleAsync()) is var s ? (s.Status, s.Confidence) : default);
    }
}
