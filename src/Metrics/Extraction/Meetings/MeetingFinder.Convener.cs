using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Meetings;

internal static partial class MeetingFinder
{
    private static readonly Lazy<string[]> LazyOtherConveners = new(() =>
        [.. ExtractionTable.Read("meeting-conveners.tsv").Select(r => r["ending"]).OrderByDescending(e => e.Length)]);

    /// <summary>
    /// The meeting's clause names its convener right before 召开 / 举行, and that convener is not a
    /// district's body (<c>meeting-conveners.tsv</c>): 江苏省委召开常委会会议, 石港镇党委召开党委会议,
    /// …有限公司召开职工代表大会. A place phrase is not the convener: 市委、市政府在海门市常乐镇举办… is the city's.
    /// </summary>
    private static bool IsConvenedByAnotherBody(string text, int sentenceStart, int headStart)
    {
        var clauseStart = headStart;
        while (clauseStart > sentenceStart && !IsClauseBreak(text[clauseStart - 1]))
        {
            ExtractionBudget.Step();
            clauseStart--;
        }

        var clause = text.AsSpan(clauseStart, headStart - clauseStart);
        var calling = -1;
        foreach (var word in ConveningWords)
        {
            calling = Math.Max(calling, clause.LastIndexOf(word, StringComparison.Ordinal));
        }

        if (calling <= 0)
        {
            return false;
        }

        var convener = clause[..calling];
        var place = Math.Max(convener.LastIndexOf('在'), convener.LastIndexOf('于'));
        if (place > 0)
        {
            convener = convener[..place];
        }

        // 镇党委、镇政府还召开…推进会: an adverb between the convener and its calling word.
        foreach (var adverb in ConvenerAdverbs)
        {
            if (convener.EndsWith(adverb, StringComparison.Ordinal))
            {
                convener = convener[..^adverb.Length];
                break;
            }
        }

        foreach (var ending in LazyOtherConveners.Value)
        {
            if (convener.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ConvenerAdverbs = ["随即", "专门", "还", "也", "又", "再", "即"];
}
