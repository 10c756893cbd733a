using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Cli;
using Dashboard.Tests.Support;
using Metrics.Review;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Review;

/// <summary>A fact whose article names no place: in the review queue under 无区县, in no figure until staff place it.</summary>
public sealed class UnplacedFactEndpointTests
{
    private const string Launch =
        "3月5日上午，2024年一季度重大产业项目集中开工活动举行。此次集中开工的产业项目共12个，总投资56亿元，涵盖新材料、高端装备等领域。";

    private static readonly string[] Figures =
    [
        "/api/series?metric=projects", "/api/series?metric=investment&interval=month", "/api/series?metric=meetings",
        "/api/facts?pageSize=200", "/api/facts?metric=projects&pageSize=200", "/api/kpis?year=2024",
        "/panels/projects.csv", "/panels/investment.csv?rows=facts",
    ];

    [Fact]
    public async Task TheFactWaitsInTheQueueOutsideEveryFigureUntilStaffPlaceIt()
    {
        await using var factory = new AdminDashboardFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, AdminDashboardFactory.Password);
        var before = await ReadAsync(client, Figures);
        var exportBefore = await ExportAsync(factory);

        using var posted = await client.PostAsJsonAsync("/api/articles", new { text = Launch, title = "一季度重大产业项目集中开工", published = "2024-03-06" });
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var fact = Assert.Single(created.RootElement.GetProperty("facts").EnumerateArray());
        var factId = fact.GetProperty("id").GetInt32();
        Assert.Equal(("", 12, "extracted"), (fact.GetProperty("district").GetString(), fact.GetProperty("projectCount").GetInt32(), fact.GetProperty("status").GetString()));

        Assert.Equal(before, await ReadAsync(client, Figures));
        Assert.Equal(exportBefore, await ExportAsync(factory));
        var queue = WebUtility.HtmlDecode(await client.GetStringAsync("/review?reason=no_district"));
        Assert.Contains($"data-review-fact=\"{factId}\" data-reason=\"no_district\"", queue, StringComparison.Ordinal);
        Assert.Contains("无区县 · 2024-03-05 · 开工 · 12个项目 · 56亿元", queue, StringComparison.Ordinal);

        // The article view's editor: every field as stored, the district chosen.
        var review = factory.Services.GetRequiredService<FactReview>();
        await review.EditAsync(factId, await review.FieldsAsync(factId) with { District = "通州区" }, "admin");

        using var series = JsonDocument.Parse(await client.GetStringAsync("/api/series?metric=projects&district=通州区&stage=started"));
        var tongzhou = Assert.Single(series.RootElement.GetProperty("series").EnumerateArray());
        var point = Assert.Single(tongzhou.GetProperty("points").EnumerateArray(), p => p.GetProperty("period").GetString() == "2024");
        Assert.Equal((12, 1), (point.GetProperty("value").GetInt32(), point.GetProperty("facts").GetInt32()));
        Assert.NotEqual(exportBefore, await ExportAsync(factory));
        Assert.DoesNotContain($"data-review-fact=\"{factId}\"", await client.GetStringAsync("/review"), StringComparison.Ordinal);
        var audit = await client.GetStringAsync("/review/audit.csv");
        Assert.Contains(audit.Split('\n'), line => line.Contains($",{factId},", StringComparison.Ordinal) && line.Contains("通州区", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ReadAsync(HttpClient client, IEnumerable<string> paths)
    {
        var answers = new List<string>();
        foreach (var path in paths)
        {
            answers.Add(path + " " + await client.GetStringAsync(path));
        }

        return answers;
    }

    private static async Task<string> ExportAsync(DashboardFactory factory)
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("projects.csv");
        var run = await CliRun.RunAsync(["export", "projects.csv", "--out", path, "--interval", "month", .. factory.DatabaseArguments]);
        Assert.Equal(0, run.ExitCode);
        return await File.ReadAllTextAsync(path);
    }
}
