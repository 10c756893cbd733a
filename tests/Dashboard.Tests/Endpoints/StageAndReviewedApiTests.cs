using System.Text.Json;
using Dashboard.Tests.Support;
using Metrics.Facts;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Endpoints;

/// <summary>Figures per stage, never summed across; reviewed=only against the facts it lists (issue 14).</summary>
public sealed class StageAndReviewedApiTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public StageAndReviewedApiTests(DashboardFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("projects")]
    [InlineData("investment")]
    public async Task WithoutAStageEverySeriesIsOneDistrictAndOneStage(string metric)
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync($"/api/series?metric={metric}"));

        var series = body.RootElement.GetProperty("series").EnumerateArray().ToArray();
        Assert.All(series, s => Assert.Equal(JsonValueKind.String, s.GetProperty("stage").ValueKind));
        Assert.Equal(series.Length, series.Select(s => (s.GetProperty("district").GetString(), s.GetProperty("stage").GetString())).Distinct().Count());
        Assert.All(series.SelectMany(s => s.GetProperty("points").EnumerateArray()), p => Assert.InRange(p.GetProperty("reviewedShare").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task Gangzha2020IsThirteenSignedAndOneInProductionNeverFourteen()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/series?metric=projects&district=" + Uri.EscapeDataString("港闸区")));

        var in2020 = body.RootElement.GetProperty("series").EnumerateArray()
            .SelectMany(s => s.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("period").GetString() == "2020")
                .Select(p => (s.GetProperty("stage").GetString(), p.GetProperty("value").GetInt64())))
            .ToArray();
        Assert.Contains(("signed", 13L), in2020);
        Assert.Contains(("production", 1L), in2020);
        Assert.DoesNotContain(in2020, p => p.Item2 == 14);
    }

    [Fact]
    public async Task MeetingSeriesNameNoStage()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/series?metric=meetings"));

        Assert.All(body.RootElement.GetProperty("series").EnumerateArray(), s => Assert.False(s.TryGetProperty("stage", out _)));
    }

    [Fact]
    public async Task EveryListedFactCarriesItsConfidence()
    {
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/facts?metric=projects&pageSize=20"));

        Assert.All(body.RootElement.GetProperty("items").EnumerateArray(), f => Assert.InRange(f.GetProperty("confidence").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task ReviewedOnlyCountsExactlyTheFactsConfirmedSoFar()
    {
        using var app = new DashboardFactory();
        using var client = app.CreateClient();
        const string Selection = "metric=investment";
        var all = await SumAsync(client, $"/api/series?{Selection}");
        Assert.Equal(0L, await SumAsync(client, $"/api/series?{Selection}&reviewed=only"));
        var ids = (await FactsAsync(client, $"/api/facts?{Selection}&pageSize=200")).Select(f => f.Id).Take(4).ToArray();
        Assert.True(ids.Length >= 2, "the seed has projects with amounts");

        foreach (var id in ids)
        {
            await using (var context = await app.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>().CreateDbContextAsync())
            {
                await context.Facts.Where(f => f.Id == id).ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, FactStatus.Confirmed));
            }

            var reviewedFacts = await FactsAsync(client, $"/api/facts?{Selection}&reviewed=only&pageSize=200");
            var reviewed = await SumAsync(client, $"/api/series?{Selection}&reviewed=only");
            Assert.Equal(reviewedFacts.Sum(f => f.Yuan), reviewed);
            Assert.Equal(ids.TakeWhile(i => i != id).Append(id).Order(), reviewedFacts.Select(f => f.Id).Order());
            Assert.Equal(all, await SumAsync(client, $"/api/series?{Selection}"));
        }
    }

    private static async Task<long> SumAsync(HttpClient client, string url)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync(url));
        return body.RootElement.GetProperty("series").EnumerateArray()
            .SelectMany(s => s.GetProperty("points").EnumerateArray())
            .Sum(p => p.GetProperty("value").GetInt64());
    }

    private static async Task<(int Id, long Yuan)[]> FactsAsync(HttpClient client, string url)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync(url));
        return body.RootElement.GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("date").ValueKind == JsonValueKind.String)
            .Select(f => (f.GetProperty("id").GetInt32(), f.GetProperty("investmentYuan").GetInt64()))
            .ToArray();
    }
}
