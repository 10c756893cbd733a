using System.Globalization;
using System.Text.Json;
using Metrics.Gazetteer;
using Xunit.Abstractions;

namespace Metrics.Tests.Gazetteer;

/// <summary>
/// Scores the gazetteer on the shared dev corpus (read in place, never copied into the repo):
/// every gold fact's district should be among the districts found in its article.
/// </summary>
public class DevCorpusTests(ITestOutputHelper output)
{
    private const double RequiredRate = 0.95;

    [Fact]
    public void EveryGoldDistrictIsFoundInItsArticle()
    {
        var gazetteer = NantongGazetteer.Load();
        var facts = 0;
        var found = 0;
        foreach (var article in DevArticle.All())
        {
            var districts = gazetteer.FindMentions(article.Text, article.Published)
                .Select(m => m.District).OfType<string>().ToHashSet();
            foreach (var district in article.GoldDistricts)
            {
                facts++;
                if (districts.Contains(district))
                {
                    found++;
                }
                else
                {
                    output.WriteLine($"MISSED {article.Id}: {district} (found {string.Join(", ", districts)})");
                }
            }
        }

        var rate = (double)found / facts;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold districts found: {found}/{facts} = {rate:P1}"));
        Assert.True(facts > 100, $"only {facts} gold facts read: is the corpus complete?");
        Assert.True(rate >= RequiredRate, $"district rate {rate:P1} is below {RequiredRate:P0}");
    }

    [Fact]
    public void MeetingChairsAreFoundAsLeadersOfTheGoldDistrict()
    {
        var gazetteer = NantongGazetteer.Load();
        var fold = CharFold.Instance;
        var chairs = 0;
        var placed = 0;
        foreach (var article in DevArticle.All())
        {
            var leaders = gazetteer.Leaders.Find(article.Text, article.Published);
            foreach (var (chair, district) in article.Chairs)
            {
                chairs++;
                if (leaders.Any(l => l.Person == fold.Fold(chair) && l.District == district))
                {
                    placed++;
                }
                else
                {
                    output.WriteLine($"UNPLACED {article.Id}: {chair} of {district}");
                }
            }
        }

        var rate = (double)placed / chairs;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold chairs placed: {placed}/{chairs} = {rate:P1}"));
        Assert.True(rate >= 0.8, $"chair rate {rate:P1} is below 80%");
    }

    [Fact]
    public void BeijingTongzhouArticlesAreNoNantongContextAndNameNoNantongDistrict()
    {
        var beijing = DevArticle.All().Where(a => a.Id.Contains("beijing", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(beijing);
        var gazetteer = NantongGazetteer.Load();
        Assert.All(beijing, article =>
        {
            Assert.False(gazetteer.IsNantongContext(article.Text, article.Published), article.Id);
            Assert.DoesNotContain(gazetteer.FindMentions(article.Text, article.Published), m => m.District == "通州区");
        });
    }

    [Fact]
    public void ArticlesWithGoldFactsAreNantongContext()
    {
        var gazetteer = NantongGazetteer.Load();

        Assert.All(DevArticle.All().Where(a => a.GoldDistricts.Count > 0), article =>
            Assert.True(gazetteer.IsNantongContext(article.Text, article.Published), article.Id));
    }

    private sealed record DevArticle(
        string Id, string Text, DateOnly? Published, IReadOnlyList<string> GoldDistricts, IReadOnlyList<(string Chair, string District)> Chairs)
    {
        private static readonly Lazy<IReadOnlyList<DevArticle>> Cache = new(Load);

        public static IReadOnlyList<DevArticle> All() => Cache.Value;

        private static IReadOnlyList<DevArticle> Load()
        {
            var directory = FindCorpus();
            return Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).Select(path =>
            {
                var id = Path.GetFileNameWithoutExtension(path);
                using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, id + ".meta.json")));
                using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, id + ".json")));
                var published = meta.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : (DateOnly?)null;
                var facts = gold.RootElement.GetProperty("facts").EnumerateArray().ToArray();
                var districts = facts.Select(f => f.GetProperty("district").GetString()!).ToArray();
                // The leader table holds Party and government leaders; the chairs of congress and CPPCC
                // sessions (plenary, other: 人大常委会副主任, 政协主席…) are mostly not in it.
                var chairs = facts
                    .Where(f => f.TryGetProperty("chair", out var c) && c.ValueKind == JsonValueKind.String
                        && f.GetProperty("kind").GetString() is not ("plenary" or "other"))
                    .Select(f => (f.GetProperty("chair").GetString()!, f.GetProperty("district").GetString()!))
                    .Distinct()
                    .ToArray();
                return new DevArticle(id, File.ReadAllText(path), published, districts, chairs);
            }).ToArray();
        }

        /// <summary>shared/corpus/dev beside the repository (CI clones next to shared/), or METRICS_DEV_CORPUS.</summary>
        private static string FindCorpus()
        {
            if (Environment.GetEnvironmentVariable("METRICS_DEV_CORPUS") is { Length: > 0 } configured)
            {
                return configured;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus", "dev");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException(
                "shared/corpus/dev not found above " + AppContext.BaseDirectory + "; set METRICS_DEV_CORPUS.");
        }
    }
}
