using System.Globalization;
using System.Text.Json;
using Metrics.Extraction.Facts;
using Metrics.Extraction;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Import;

/// <summary>A run of many articles: extracted ahead on worker threads, stored one transaction each (in order by one writer; on PostgreSQL by two, see <see cref="ImportRunOrderTests"/>).</summary>
public sealed class ImportRunTests
{
    [Fact]
    public async Task ARunStoresTheSameFactsAndMentionsAsImportingTheArticlesOneByOne()
    {
        await using var oneRun = await SqliteDatabase.CreateAsync();
        await using var oneByOne = await SqliteDatabase.CreateAsync();
        var files = ArticleFileScanner.Scan([RepositoryPaths.Seed]).Files;

        var summary = await new ArticleFileImport(oneRun.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        int newFacts = 0, knownFacts = 0;
        foreach (var file in files)
        {
            var result = await oneByOne.Importer.ImportAsync(ArticleFileReader.Read(file).Article!);
            (newFacts, knownFacts) = (newFacts + result.NewFacts, knownFacts + result.KnownFacts);
        }

        // Ids aside: on PostgreSQL a run's two writers number rows in the order they store them.
        var expected = await DatabaseSnapshots.FactsAndMentionsByArticleAsync(oneByOne);
        Assert.Equal(expected, await DatabaseSnapshots.FactsAndMentionsByArticleAsync(oneRun));
        Assert.Equal((newFacts, knownFacts), (summary.NewFacts, summary.KnownFacts));
        await using var context = oneRun.Open();
        Assert.Equal((await context.Facts.CountAsync(), await context.FactMentions.CountAsync()), (summary.NewFacts, summary.NewFacts + summary.KnownFacts));
    }

    [Fact]
    public async Task AnArticleThatFailsToStoreLeavesNothingOfItselfAndTheArticlesBeforeItStay()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        var files = ArticleFileScanner.Scan([RepositoryPaths.Seed]).Files;
        var poisoned = Path.GetFileNameWithoutExtension(files[2]);
        // Fails the article's last insert (a mention), after its article row, facts and totals were written.
        await ExecuteAsync(database, database.IsPostgreSql
            ? "CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
              $"IF (SELECT \"SourceName\" FROM \"Articles\" WHERE \"Id\" = NEW.\"ArticleId\") = '{poisoned}' THEN RAISE EXCEPTION 'poisoned'; END IF; " +
              "RETURN NEW; END $$; CREATE TRIGGER \"Poison\" BEFORE INSERT ON \"FactMentions\" FOR EACH ROW EXECUTE FUNCTION poison();"
            : "CREATE TRIGGER Poison BEFORE INSERT ON FactMentions " +
              $"WHEN (SELECT SourceName FROM Articles WHERE Id = NEW.ArticleId) = '{poisoned}' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;");
        var import = new ArticleFileImport(database.Importer);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default));

        Assert.Contains("poisoned", failure.ToString());
        int storedBefore;
        await using (var context = database.Open())
        {
            // On PostgreSQL the run's other writer may have stored articles after it: each whole, found again below.
            var stored = await context.Articles.Select(a => a.SourceName).ToListAsync();
            Assert.Superset(files.Take(2).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(), stored.OfType<string>().ToHashSet());
            Assert.DoesNotContain(poisoned, stored);
            storedBefore = stored.Count;
            Assert.Empty(await context.Facts.Where(f => !f.Mentions.Any()).ToListAsync());
            Assert.NotEmpty(await context.Facts.ToListAsync());
        }

        await AssertTotalsMatchTheFactsAsync(database);

        await ExecuteAsync(database, database.IsPostgreSql ? "DROP TRIGGER \"Poison\" ON \"FactMentions\";" : "DROP TRIGGER Poison;");
        var resumed = await import.ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        Assert.Equal((files.Count - storedBefore, storedBefore), (resumed.Added, resumed.Unchanged));
        await using var fresh = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(fresh.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        Assert.Equal(await FactValuesAsync(fresh), await FactValuesAsync(database));
        await AssertTotalsMatchTheFactsAsync(database);
    }

    [Fact]
    public async Task EveryValueOfAStoredFactReadsBackThroughEfCoreAsTheImportWroteIt()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(database.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);

        await using var context = database.Open();
        var checkedFacts = new List<Fact>();
        foreach (var article in await context.Articles.ToListAsync())
        {
            var extracted = FactExtractor.ExtractWithUnplaced(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher))
                .ToDictionary(FactRecords.Signature);
            var mentions = await context.FactMentions.Include(m => m.Fact).ThenInclude(f => f.Mentions).Where(m => m.ArticleId == article.Id).ToListAsync();
            // A fact reported once is exactly what the extractor gave; one reported again may have absorbed more.
            foreach (var mention in mentions.Where(m => m.Fact.Mentions.Count == 1))
            {
                var expected = FactRecords.ToFact(extracted[mention.Signature], article.ImportedAtUtc);
                Assert.Equal(Values(expected), Values(mention.Fact));
                Assert.Equal(JsonSerializer.Serialize(extracted[mention.Signature], FactJson.Options), mention.ExtractedJson);
                checkedFacts.Add(expected);
            }
        }

        Assert.Contains(checkedFacts, f => f.Type == FactType.Meeting && f.Kind is not null);
        Assert.Contains(checkedFacts, f => f.Type == FactType.ProjectEvent && f.InvestmentYuan is not null && f.PeriodStart is not null);

        // The extractor names no projects yet; a reviewer or a later extractor may: the names' column reads back too.
        var named = checkedFacts.Last(f => f.Type == FactType.ProjectEvent);
        named.Projects = ["信创产业园港闸分园", "康源电路"];
        await using (var write = database.Open())
        {
            await write.Database.OpenConnectionAsync();
            await using var transaction = await write.Database.BeginTransactionAsync();
            using var rows = new NewRows(write);
            rows.Insert(named);
            await rows.FlushAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal(Values(named), Values(await context.Facts.AsNoTracking().SingleAsync(f => f.Id == named.Id)));
    }

    [Fact]
    public async Task TheImportReadsEveryValueOfAStoredFactAsEfCoreReadsIt()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await new ArticleFileImport(database.Importer).ImportAsync([RepositoryPaths.Seed], IngestOptions.Default);
        // Every column given once: names, a chair, a range with its upper bound, a foreign amount, a reviewed status.
        var full = StoredFacts.Project("海门区", "2021-Q3", count: 2, yuan: 1_500_000_000, qualifier: AmountQualifier.Range,
            projects: ["信创产业园港闸分园", "康源电路"], status: FactStatus.Corrected);
        full.Chair = "王晖";
        full.InvestmentYuanMax = 2_000_000_000;
        full.InvestmentOriginal = "2亿美元";
        full.PlannedThisYearYuan = 300_000_000;
        FactRecords.SetCountedValues(full);
        await StoredFacts.AddAsync(database, full);

        await using var context = database.Open();
        var expected = (await context.Facts.AsNoTracking().OrderBy(f => f.Id).ToListAsync()).Select(f => $"{f.Id} {string.Join("; ", Values(f))}").ToList();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT \"Id\", {string.Join(", ", FactColumns.Of(context).Names.Select(c => $"\"{c}\""))} FROM \"Facts\" ORDER BY \"Id\"";
        var read = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var fact = FactColumns.Of(context).Read(reader);
                read.Add($"{fact.Id} {string.Join("; ", Values(fact))}");
            }
        }

        Assert.True(expected.Count > 10);
        Assert.Equal(expected, read);
    }

    private static List<string> Values(Fact fact) => typeof(Fact).GetProperties()
        .Where(p => p.Name is not nameof(Fact.Id) and not nameof(Fact.Mentions))
        .Select(p => p.Name + "=" + (p.GetValue(fact) is IReadOnlyList<string> names ? string.Join("|", names) : Convert.ToString(p.GetValue(fact), CultureInfo.InvariantCulture)))
        .ToList();

    private static async Task ExecuteAsync(SqliteDatabase database, string sql)
    {
        await using var context = database.Open();
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    // The triggers' totals must equal what a rebuild from the stored facts gives: a rolled-back article left no count behind.
    private static async Task AssertTotalsMatchTheFactsAsync(SqliteDatabase database)
    {
        var kept = await DatabaseSnapshots.TotalsAsync(database);
        await using (var context = database.Open())
        {
            foreach (var sql in database.RebuildTotals)
            {
                await context.Database.ExecuteSqlRawAsync(sql);
            }
        }

        Assert.NotEmpty(kept);
        Assert.Equal(await DatabaseSnapshots.TotalsAsync(database), kept);
    }

    private static async Task<List<string>> FactValuesAsync(SqliteDatabase database)
    {
        await using var context = database.Open();
        return (await context.Facts.Select(f => $"{f.Type} {f.District} {f.Date} {f.Kind}{f.Stage} {f.ProjectCount} {f.InvestmentYuan} {f.Mentions.Count}").ToListAsync())
            .Order(StringComparer.Ordinal).ToList();
    }
}
