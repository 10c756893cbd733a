namespace Metrics.Extraction.Dates;

/// <summary>
/// 当天签约、当天开工 and 当年签约、当年开工: two stages of one project in the same span, said to praise
/// its speed. 当天 there means "the same day", not the day named before it.
/// </summary>
internal static class SameDayIdiom
{
    private static readonly string[] SpanWords = ["当天", "当日", "当年", "当月"];

    /// <summary>Whether the span word of <paramref name="length"/> characters at <paramref name="start"/> is one half of such a pair.</summary>
    public static bool IsPairAt(string text, int start, int length)
    {
        var word = text.AsSpan(start, length);
        // First half: 当天签约、当天开工 (a two-character verb, 、, the same word).
        var second = start + length + 3;
        if (second + length <= text.Length && text[second - 1] == '、' && text.AsSpan(second, length).SequenceEqual(word))
        {
            return true;
        }

        // Second half: 当天签约、当天开工 read from 当天开工.
        var first = start - 3 - length;
        return first >= 0 && text[start - 1] == '、' && text.AsSpan(first, length).SequenceEqual(word);
    }

    /// <summary>Whether a stage word at <paramref name="position"/> follows a span word that is half of a pair.</summary>
    public static bool IsStageInPair(string text, int position)
    {
        foreach (var word in SpanWords)
        {
            var start = position - word.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && IsPairAt(text, start, word.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the stage word at <paramref name="position"/> is the first half (当天签约 of 当天签约、当天开工).</summary>
    public static bool IsFirstOfPair(string text, int position, int stageLength) =>
        position + stageLength < text.Length && text[position + stageLength] == '、';

    // 正式签约,…,当天即开工建设; 签约即开工: the project's next stage on the same day as the one told before it.
    private static readonly System.Text.RegularExpressions.Regex FollowUpBefore = new(
        "(?:当天|当日|同日|同天|随即|签约|当场)(?:即|便|就)(?:正式|顺利)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the stage word at <paramref name="position"/> follows an earlier stage of the same sentence on
    /// the same day (签约…,当天即开工): one project reaching two stages at once, told by a span word and 即.
    /// </summary>
    public static bool IsSameDayFollowUp(string text, int sentenceStart, int position, bool earlierStage)
    {
        var from = Math.Max(sentenceStart, position - 8);
        return earlierStage && FollowUpBefore.IsMatch(text.AsSpan(from, position - from));
    }
}
