using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class ClauseSplitterTests
{
    private static string[] Texts(string sentence) => [.. ClauseSplitter.Split(sentence).Select(c => c.Text)];

    [Fact]
    public void SplitsAtCommasSemicolonsAndColons()
    {
        Assert.Equal(
            ["会议强调", "要抓项目", "要抓招商", "要抓服务", "一是强化", "二是落实。"],
            Texts("会议强调,要抓项目，要抓招商;要抓服务；一是强化:二是落实。"));
        Assert.Equal(["来源", "南通网"], Texts("来源：南通网"));
    }

    [Fact]
    public void EnumerationCommaKeepsAListInOneClause()
    {
        Assert.Equal(["签约、开工、竣工项目共16个", "总投资83.2亿元"], Texts("签约、开工、竣工项目共16个,总投资83.2亿元"));
    }

    [Fact]
    public void SeparatorsInsideQuotationsAndBracketsDoNotSplit()
    {
        Assert.Equal(
            ["吹响“建设大门户,同建共富路”的号角", "本报讯(记者朱文君,通讯员王明)22日下午召开会议"],
            Texts("吹响“建设大门户,同建共富路”的号角,本报讯(记者朱文君,通讯员王明)22日下午召开会议"));
    }

    [Fact]
    public void UnpairedQuotationMarkDoesNotSwallowTheRestOfTheSentence()
    {
        Assert.Equal(["他说“要抓关键", "要抓导向"], Texts("他说“要抓关键,要抓导向"));
    }

    [Fact]
    public void ThousandsSeparatorAndClockTimeStayInOneClause()
    {
        Assert.Equal(["投资1,000万元", "于09:28开工"], Texts("投资1,000万元,于09:28开工"));
    }

    [Fact]
    public void ClauseOffsetsPointIntoTheTextTheSentenceCameFrom()
    {
        const string text = "会议召开。会上, 区长点评 ,并部署工作。";
        var sentence = SentenceSplitter.Split(text)[1];
        var clauses = ClauseSplitter.Split(sentence);

        Assert.Equal([new Clause(5, 2, "会上"), new Clause(9, 4, "区长点评"), new Clause(15, 6, "并部署工作。")], clauses);
        Assert.All(clauses, c => Assert.Equal(c.Text, text.Substring(c.Start, c.Length)));
    }

    [Fact]
    public void EmptyClausesBetweenSeparatorsAreSkipped()
    {
        Assert.Equal(["开工", "竣工"], Texts(",开工,, ;竣工,"));
    }

    [Fact]
    public void EmptySentenceHasNoClause()
    {
        Assert.Empty(ClauseSplitter.Split(""));
    }
}
