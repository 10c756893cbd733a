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

    // Whole words, so that names, stage words and dates meet at every edge of a text and a clause.
    private static readonly string[] Words =
    [
        "誓师大会", "推介会", "座谈会", "常委会会议", "全会", "常务会议", "动员大会", "学习会", "召开", "举行", "主持", "主持会议", "会议由",
        "区委书记", "县长", "王晖", "集中开工", "集中签约", "竣工", "投产", "开园", "暨", "项目", "个", "共", "其中", "总投资", "亿元", "万美元",
        "超", "约", "至", "16", "83.2", "一千二百", "昨日", "当天", "次日", "3月", "15日", "今年", "上半年", "截至目前", "以来", "2023年",
        "南通", "海门区", "市北", "在", "于", "主会场", "全市", "北京", "通州区", "啟東", "將", "计划", ",", "。", "、", "“", "”", "(", ")", "\n", " ",
    ];

    [Fact]
    public void RandomSequencesOfExtractionWordsNeverThrow()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 5_000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 40);
            for (var j = 0; j < length; j++)
            {
                builder.Append(Words[random.Next(Words.Length)]);
            }

            var text = builder.ToString();
            var facts = FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 2, 13), null));

            AssertEvidenceInPlace(text, facts);
        }
    }

    [Fact]
    public void AnArticleThatOpensWithAMeetingNameIsRead()
    {
        const string text = "誓师大会\n7月1日,海安市召开项目攻坚誓师大会。";
        var facts = FactExtractor.Extract(new ArticleInput(text, new DateOnly(2023, 7, 3), null));

        AssertEvidenceInPlace(text, facts);
        var meeting = Assert.Single(facts.OfType<MeetingFact>());
        Assert.Equal(("海安市", "2023-07-01"), (meeting.District, meeting.Date));
    }

    [Fact]
    public void AMembersAmountWrittenWithAThousandsSeparatorIsReadNotThrown()
    {
        const string text = "9月23日,通州湾示范区在上海举办重大项目集中签约仪式,共签约项目15个,协议总投资约320亿元。"
            + "其中,由台商投资的宏硕精密模具项目总投资8,500万美元,主要生产汽车精密模具。";

        var facts = FactExtractor.Extract(new ArticleInput(text, new DateOnly(2022, 9, 26), null));

        AssertEvidenceInPlace(text, facts);
        var events = facts.OfType<ProjectEventFact>().ToList();
        Assert.Equal([(15, 32_000_000_000L, false), (1, (long?)null, true)], events.Select(e => (e.ProjectCount ?? 1, e.InvestmentYuan, e.MemberOfBatch)));
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
