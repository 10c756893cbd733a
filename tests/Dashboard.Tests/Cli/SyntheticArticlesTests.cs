using System.Text.RegularExpressions;
using Dashboard.Cli.Bench;
using Metrics.Extraction;

namespace Dashboard.Tests.Cli;

/// <summary>The benchmark's articles: deterministic, of the asked length, varied, and real work for the extractor.</summary>
public sealed partial class SyntheticArticlesTests
{
    private static readonly SyntheticArticle[] Sample = SyntheticArticles.Generate(300, seed: 42);

    [Fact]
    public void SameSeedMakesTheSameArticlesInAnyOrder()
    {
        var again = SyntheticArticles.Generate(300, seed: 42);

        Assert.Equal(Sample, again);
        Assert.Equal(Sample[137], SyntheticArticles.Create(42, 137));
    }

    [Fact]
    public void AnotherSeedMakesOtherArticles()
    {
        var other = SyntheticArticles.Generate(300, seed: 43);

        Assert.All(Sample.Zip(other), pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
    }

    [Fact]
    public void EveryArticleHasTwoToFourThousandCharactersAndTheLengthsSpreadOverTheRange()
    {
        Assert.All(Sample, article => Assert.InRange(article.Text.Length, SyntheticArticles.MinLength, SyntheticArticles.MaxLength));
        Assert.True(Sample.Min(a => a.Text.Length) < 2_300, "no short articles");
        Assert.True(Sample.Max(a => a.Text.Length) > 3_400, "no long articles");
    }

    [Fact]
    public void ArticlesVaryInDistrictPublicationDateCountAndAmount()
    {
        Assert.True(Sample.Select(a => a.Published.Year).Distinct().Count() >= 6);
        Assert.True(SyntheticPhrases.Districts.Count(d => Sample.Any(a => a.Text.Contains(d.Name, StringComparison.Ordinal))) >= 8);
        var amounts = Sample.SelectMany(a => Amount().Matches(a.Text)).Select(m => m.Value).Distinct().Count();
        var counts = Sample.SelectMany(a => Count().Matches(a.Text)).Select(m => m.Value).Distinct().Count();
        Assert.True(amounts > 500, $"only {amounts} different amounts");
        Assert.True(counts > 40, $"only {counts} different counts");
    }

    [Fact]
    public void DistrictNamesAreTheOnesInUseOnThePublicationDay()
    {
        var merger = new DateOnly(2020, 7, 27);

        Assert.DoesNotContain(Sample, a => a.Published > merger && (a.Text.Contains("港闸区", StringComparison.Ordinal) || a.Text.Contains("海门市", StringComparison.Ordinal)));
        Assert.DoesNotContain(Sample, a => a.Published <= merger && a.Text.Contains("海门区", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryTemplateSlotIsFilled()
    {
        Assert.DoesNotContain(Sample, a => a.Text.Contains('{') || a.Text.Contains('}') || a.Title.Contains('{'));
    }

    [Fact]
    public void ExtractorFindsMeetingsAndProjectEventsInNearlyEveryArticle()
    {
        var facts = Sample.Take(100).Select(a => FactExtractor.Extract(a.ToInput())).ToList();

        Assert.True(facts.Count(f => f.Count > 0) >= 95, "the extractor found nothing in too many synthetic articles");
        Assert.Contains(facts.SelectMany(f => f), f => f is Metrics.Extraction.Facts.MeetingFact);
        Assert.Contains(facts.SelectMany(f => f), f => f is Metrics.Extraction.Facts.ProjectEventFact);
    }

    [GeneratedRegex(@"[0-9]+(?:\.[0-9])?(?:亿|万)元")]
    private static partial Regex Amount();

    [GeneratedRegex(@"[0-9]+个")]
    private static partial Regex Count();
}
