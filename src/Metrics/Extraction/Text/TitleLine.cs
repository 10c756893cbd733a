namespace Metrics.Extraction.Text;

/// <summary>
/// A line that is a title or a heading, not a sentence: short, with no sentence punctuation inside it
/// (新开工亿元以上项目452个, 28个项目集中开工!, 一、2023年工作回顾).
/// </summary>
internal static class TitleLine
{
    /// <summary>A short line with no sentence punctuation inside it: the title lines at an article's top.</summary>
    public static bool Is(Sentence sentence, int maxLength)
    {
        var line = sentence.Text.Trim();
        return line.Length > 0 && line.Length <= maxLength && line.IndexOfAny(['。', ',', '，', ';', '；']) < 0;
    }

    /// <summary>A title line alone in its paragraph: a section's heading inside the body.</summary>
    public static bool IsHeading(IReadOnlyList<Sentence> sentences, int index, int maxLength)
    {
        var sentence = sentences[index];
        var alone = (index == 0 || sentences[index - 1].ParagraphIndex != sentence.ParagraphIndex)
            && (index + 1 == sentences.Count || sentences[index + 1].ParagraphIndex != sentence.ParagraphIndex);
        return alone && Is(sentence, maxLength);
    }
}
