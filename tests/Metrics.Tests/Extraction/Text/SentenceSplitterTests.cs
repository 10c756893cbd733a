using Metrics.Extraction.Text;

namespace Metrics.Tests.Extraction.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Text)];

    [Fact]
    public void SplitsAtChineseAndAsciiSentenceEnds()
    {
        Assert.Equal(
            ["6月25日,区委召开常委会会议。", "会议强调!", "如何争创一流?", "要瞄准目标！", "好吗？"],
            Texts("6月25日,区委召开常委会会议。会议强调!如何争创一流?要瞄准目标！好吗？"));
    }

    [Fact]
    public void ClosingQuoteStaysWithItsSentence()
    {
        Assert.Equal(
            ["他说:“要抓关键……。”", "会议要求,“一定要落实!”)", "随后散会"],
            Texts("他说:“要抓关键……。”会议要求,“一定要落实!”)随后散会"));
    }

    [Fact]
    public void AnEllipsisBeforeAnIdeographClosesAListOfExamples()
    {
        Assert.Equal(
            ["雄鼎项目开工建设,兴安源项目开工……", "今年以来,海安新签约项目30个。", "挖掘机、装载机……塔吊林立。"],
            Texts("雄鼎项目开工建设,兴安源项目开工……今年以来,海安新签约项目30个。挖掘机、装载机……塔吊林立。"));
    }

    [Fact]
    public void AnEllipsisBeforeAMonthSetsTheListsScene()
    {
        Assert.Equal(["一批重大项目顺利开工……7月的海安,正掀起项目建设热潮。"], Texts("一批重大项目顺利开工……7月的海安,正掀起项目建设热潮。"));
    }

    [Fact]
    public void SemicolonInsideAQuotationDoesNotSplit()
    {
        Assert.Equal(
            ["会议提出“一要抓项目;二要抓招商;三要抓服务”的要求。"],
            Texts("会议提出“一要抓项目;二要抓招商;三要抓服务”的要求。"));
    }

    [Fact]
    public void LineBreakEndsASentenceAndBlankLinesAreNoParagraphs()
    {
        var sentences = SentenceSplitter.Split("区委召开全区纪念建党99周年大会\n\n6月29日上午,区委召开大会。区委副书记主持会议。\n  \n会议强调");

        Assert.Equal(["区委召开全区纪念建党99周年大会", "6月29日上午,区委召开大会。", "区委副书记主持会议。", "会议强调"], sentences.Select(s => s.Text));
        Assert.Equal([0, 1, 1, 2], sentences.Select(s => s.ParagraphIndex));
    }

    [Fact]
    public void OffsetsPointIntoTheSplitTextWithoutSurroundingBlanks()
    {
        const string text = "  开工了。 竣工了。 \n";
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([new Sentence(2, 4, "开工了。", 0), new Sentence(7, 4, "竣工了。", 0)], sentences);
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void DecimalPointAndEllipsisDoNotEndASentence()
    {
        Assert.Equal(["总投资83.2亿元……项目共16个。"], Texts("总投资83.2亿元……项目共16个。"));
    }

    [Fact]
    public void NormalisedTextSplitsWithOffsetsThatMapToTheOriginal()
    {
        var normalized = TextNormalizer.Normalize("## 啟東開工\n\n此次集中開工項目共１６個，總投\n\n資８３．２億元。會議強調。");
        var sentences = SentenceSplitter.Split(normalized);

        Assert.Equal(["启东开工", "此次集中开工项目共16个,总投资83.2亿元。", "会议强调。"], sentences.Select(s => s.Text));
        Assert.Equal("此次集中開工項目共１６個，總投\n\n資８３．２億元。", normalized.OriginalSlice(sentences[1].Start, sentences[1].Length));
    }

    [Fact]
    public void EmptyOrBlankTextHasNoSentence()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(TextNormalizer.Normalize(" \u200B\t\u3000\n\n ")));
    }

    [Fact]
    public void OneMegabyteLineWithoutSentenceEndIsCutIntoBoundedSentencesOfWholeClauses()
    {
        var text = TextNormalizer.Normalize(string.Concat(Enumerable.Repeat("總投資８３．２億元，", 100_000)));
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(500, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(SentenceSplitter.MaxSentenceLength, s.Length));
        Assert.Equal(50, sentences.Select(s => s.ParagraphIndex).Distinct().Count());
        Assert.Equal(100_000, sentences.Sum(s => ClauseSplitter.Split(s).Count));
    }

    [Fact]
    public void ARunOnPastTheLimitEndsAtItsNextComma()
    {
        var clause = "通州区新签约项目3个,";
        var text = string.Concat(Enumerable.Repeat(clause, 600));

        var sentences = SentenceSplitter.Split(text);

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceLength + clause.Length));
        Assert.All(sentences.SkipLast(1), s => Assert.EndsWith(",", s.Text, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(sentences.Select(s => s.Text)));
    }

    [Fact]
    public void ALongSentenceBelowTheLimitStaysWhole()
    {
        var text = string.Concat(Enumerable.Repeat("通州区新签约项目3个,", 150)) + "总投资83.2亿元。";

        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void ALineLongerThanTheParagraphLimitCountsAsSeveralParagraphs()
    {
        var text = string.Concat(Enumerable.Repeat("通州区新签约项目3个。", 5_000));

        var sentences = SentenceSplitter.Split(text);

        Assert.True(sentences[^1].ParagraphIndex >= 2);
        Assert.All(sentences.GroupBy(s => s.ParagraphIndex), p => Assert.InRange(p.Last().End - p.First().Start, 1, SentenceSplitter.MaxParagraphLength + 20));
    }
}
