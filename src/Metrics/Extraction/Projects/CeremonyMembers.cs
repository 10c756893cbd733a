using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// 集中开工暨康源电路开工仪式, 集中开工暨昭晟…项目奠基活动: the project a batch ceremony is named after
/// is one of the batch's members. The text names it but gives it no figures of its own.
/// </summary>
internal static class CeremonyMembers
{
    private static readonly string[] CeremonyWords = ["仪式", "活动", "典礼"];

    private const int LongestName = 30;

    /// <summary>Whether the stage word at <paramref name="position"/> closes the name of a member's ceremony joined to a batch's.</summary>
    public static bool IsMemberCeremony(string text, Sentence sentence, int position, int stageLength)
    {
        var after = position + stageLength;
        if (!CeremonyWords.Any(w => string.CompareOrdinal(text, after, w, 0, w.Length) == 0))
        {
            return false;
        }

        var join = JoinBefore(text, sentence, position);
        return join > sentence.Start && position - join > 2
            && text.IndexOf("集中", sentence.Start, join - sentence.Start, StringComparison.Ordinal) >= 0;
    }

    // The 暨 that opens the member's name, with nothing but the name between it and the stage word.
    private static int JoinBefore(string text, Sentence sentence, int position)
    {
        for (var i = position - 1; i >= sentence.Start && i >= position - LongestName; i--)
        {
            if (text[i] == '暨')
            {
                return i;
            }

            if (text[i] is ',' or '。' or ';' or ':' or '、' or '(' or ')' or ' ')
            {
                return -1;
            }
        }

        return -1;
    }
}
