using Dashboard.Presentation.Evidence;

namespace Dashboard.Tests.Facts;

public class EvidenceContextTests
{
    private const string Text = "标题\n第一句说别的。上一句讲背景,很重要。此次集中开工的产业项目共16个。下一句讲意义!最后一句。";

    [Fact]
    public void TakesTheSentenceBeforeAndTheSentenceAfter()
    {
        var evidence = "此次集中开工的产业项目共16个。";
        var start = Text.IndexOf(evidence, StringComparison.Ordinal);

        var context = EvidenceContext.Cut(Text, evidence, start, evidence.Length);

        Assert.Equal(new EvidenceContext("上一句讲背景,很重要。", evidence, "下一句讲意义!"), context);
    }

    [Fact]
    public void EvidenceAtTheStartOrEndHasNothingOnThatSide()
    {
        var first = EvidenceContext.Cut("只有一句。", "只有一句。", 0, 5);

        Assert.Equal(new EvidenceContext("", "只有一句。", ""), first);
    }

    [Fact]
    public void OffsetsThatDoNotPointAtTheEvidenceLeaveItAlone()
    {
        var context = EvidenceContext.Cut(Text, "不在原文中的句子。", 3, 9);

        Assert.Equal(new EvidenceContext("", "不在原文中的句子。", ""), context);
    }

    [Fact]
    public void ALongRunWithoutSentenceEndsIsCutWithAnEllipsis()
    {
        var before = new string('甲', 300);
        var after = new string('乙', 300);
        var text = before + "证据。" + after;

        var context = EvidenceContext.Cut(text, "证据。", 300, 3);

        Assert.StartsWith("…", context.Before);
        Assert.EndsWith("…", context.After);
        Assert.True(context.Before.Length <= 81 && context.After.Length <= 81);
    }
}
