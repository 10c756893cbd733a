using Metrics.Import;
using Metrics.Ingest;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Import;

/// <summary>
/// A run stores what importing its articles one by one in input order stores, also where the order
/// matters: further reports of one event (the first stored is the fact, the rest its mentions),
/// the same text twice, and a url whose text changes within the run. On PostgreSQL the run has two
/// writers (<see cref="ParallelWriters"/>), so this is where they must keep the input's order.
/// </summary>
public sealed class ImportRunOrderTests
{
    private static readonly string[] Districts = ["海门区", "通州区", "如皋市", "崇川区", "启东市", "海安市"];

    private const int Reports = 6;

    [Fact]
    public async Task ARunOfReportsOfTheSameEventsStoresWhatOneByOneStores()
    {
        using var folder = new TempFolder();
        var files = WriteArticles(folder);
        await using var oneRun = await SqliteDatabase.CreateAsync();
        await using var oneByOne = await SqliteDatabase.CreateAsync();

        var summary = await new ArticleFileImport(oneRun.Importer).ImportAsync([folder.Root], IngestOptions.Default);
        foreach (var file in ArticleFileScanner.Scan([folder.Root]).Files)
        {
            await oneByOne.Importer.ImportAsync(ArticleFileReader.Read(file).Article!);
        }

        Assert.Equal(files - 1, summary.Added + summary.Updated);
        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(await DatabaseSnapshots.FactsAndMentionsByArticleAsync(oneByOne), await DatabaseSnapshots.FactsAndMentionsByArticleAsync(oneRun));
        Assert.Equal(await TextsByUrlAsync(oneByOne), await TextsByUrlAsync(oneRun));
        Assert.Contains("第二稿", (await TextsByUrlAsync(oneRun))["http://example.test/changing"], StringComparison.Ordinal);
    }

    // Reports of each district's launch one after another (two writers would race for them); a text sent twice; a url whose text changes.
    private static int WriteArticles(TempFolder folder)
    {
        var count = 0;
        foreach (var (district, index) in Districts.Select((d, i) => (d, i)))
        {
            for (var report = 0; report < Reports; report++)
            {
                var day = 10 + index;
                folder.Write($"{count++:D3}-{district}-{report}.txt",
                    $"报道{report}：3月{day}日，{district}举行重大项目集中开工活动，此次集中开工项目{12 + index}个，总投资{40 + index}亿元。记者第{report}次报道。");
                folder.Write($"{count - 1:D3}-{district}-{report}.meta.json", $$"""{"published": "2024-03-{{day + 1}}"}""");
            }
        }

        folder.Write($"{count++:D3}-again.txt", "报道0：3月10日，海门区举行重大项目集中开工活动，此次集中开工项目12个，总投资40亿元。记者第0次报道。");
        folder.Write($"{count - 1:D3}-again.meta.json", """{"published": "2024-03-11"}""");
        foreach (var draft in new[] { "第一稿", "第二稿" })
        {
            folder.Write($"{count++:D3}-changing.txt", $"{draft}：3月20日，通州区召开区委常委会会议，研究重点项目推进工作。会议强调要加快项目建设。{draft}完。");
            folder.Write($"{count - 1:D3}-changing.meta.json", """{"published": "2024-03-21", "url": "http://example.test/changing"}""");
        }

        return count;
    }

    private static async Task<Dictionary<string, string>> TextsByUrlAsync(SqliteDatabase database)
    {
        await using var context = database.Open();
        return await context.Articles.Where(a => a.Url != null).ToDictionaryAsync(a => a.Url!, a => a.Text);
    }
}
