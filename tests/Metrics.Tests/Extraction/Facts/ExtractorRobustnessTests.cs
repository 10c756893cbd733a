using System.Text;
using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Tests.Support;

namespace Metrics.Tests.Extraction.Facts;

public sealed class ExtractorRobustnessTests
{
    private const string Alphabet = "0123456789一二三十百千万亿个项目开工签约竣工投产开园会议召开区委市常委月日年季度上半其中、,。;:“”()总投资约超近多余以上南通海门港闸通州启东如皋海安如东 \n";

    [Fact]
    public void RandomTextNeverThrowsAndEveryEvidenceSitsAtItsOffset()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 2_000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 400);
            for (var j = 0; j < length; j++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var text = builder.ToString();
            var facts = FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 2, 13), "通州区"));

            AssertEvidenceInPlace(text, facts);
        }
    }

    [Fact]
    public void EveryDevArticleExtractsWithEvidenceAtItsOffset()
    {
        var corpus = RepositoryPaths.DevCorpus;
        Assert.True(corpus is not null || Environment.GetEnvironmentVariable("CI") is null, "CI needs ../shared/corpus/dev beside the repository");
        if (corpus is null)
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(corpus, "*.txt"))
        {
            var read = Metrics.Ingest.ArticleFileReader.Read(path);
            Assert.True(read.Succeeded, path);
            var facts = FactExtractor.Extract(new ArticleInput(read.Article.Text, read.Article.Published, read.Article.Title, read.Article.Publisher));

            AssertEvidenceInPlace(read.Article.Text, facts);
        }
    }

    private static void AssertEvidenceInPlace(string text, IReadOnlyList<ExtractedFact> facts)
    {
        foreach (var fact in facts)
        {
            Assert.InRange(fact.EvidenceStart, 0, text.Length - fact.EvidenceLength);
            Assert.Equal(fact.Evidence, text.Substring(fact.EvidenceStart, fact.EvidenceLength));
            Assert.False(string.IsNullOrWhiteSpace(fact.Evidence));
        }
    }
}
