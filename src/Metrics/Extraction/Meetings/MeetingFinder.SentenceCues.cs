namespace Metrics.Extraction.Meetings;

/// <content>What a meeting's tests ask of its whole sentence, read once per sentence.</content>
internal static partial class MeetingFinder
{
    // Before a name, these make the meeting one still to come (会议建议/会议决定/全会决定: a sitting proposes or fixes another one).
    private static readonly string[] FutureCues = ["将于", "即将", "拟于", "定于", "将举办", "将举行", "将召开", "拟举办", "计划举办", "会议建议", "会议决定", "全会决定", "决定于", "决定召开"];

    // 学习贯彻…精神 ends at most 8 characters before the name; this much text before it is all that test reads.
    private const int SpiritReach = 64;

    /// <summary>
    /// The sentence-wide answers of one sentence: a sentence of a megabyte (a page with no sentence
    /// breaks) holding many meeting names is read once, not once per name.
    /// </summary>
    private sealed class SentenceCues(string text, Text.Sentence sentence)
    {
        private bool? hasHeldWord;
        private string? chair;
        private bool chairRead;
        private int[]? futureCueEnds;

        /// <summary>召开, 举行… anywhere in the sentence.</summary>
        public bool HasHeldWord => hasHeldWord ??= HeldWords.Any(sentence.Text.Contains);

        /// <summary>The chair named in the sentence (区委书记王晖主持), or null.</summary>
        public string? Chair
        {
            get
            {
                if (!chairRead)
                {
                    (chair, chairRead) = (ChairIn(sentence.Text), true);
                }

                return chair;
            }
        }

        /// <summary>
        /// A future cue (将于, 会议决定…) between the sentence's start and <paramref name="nameStart"/>, or 将 right before it,
        /// or the meeting named as where something goes (提交市政协常委会议审议): it is to sit, not sitting.
        /// </summary>
        public bool IsFutureBefore(int nameStart)
        {
            // Where each cue's first occurrence ends: a cue lies before the name when that is at or before it.
            futureCueEnds ??= [.. FutureCues.Select(cue => sentence.Text.IndexOf(cue, StringComparison.Ordinal) is var at and >= 0 ? sentence.Start + at + cue.Length : int.MaxValue)];
            return futureCueEnds.Any(end => end <= nameStart) || (nameStart > sentence.Start && text[nameStart - 1] == '将')
                || IsAddressee(nameStart);
        }

        // 提交(区)政协…会议审议: the cue may stand before a place that opens the name, or among the first words read as
        // the name (决定提交市委常委会会议审议).
        private bool IsAddressee(int nameStart)
        {
            for (var at = nameStart; at <= Math.Min(sentence.End, nameStart + AddresseeReach); at++)
            {
                if (AddresseeCues.Any(cue => Numbers.TextScan.At(text, at, cue)))
                {
                    return true;
                }
            }

            for (var end = nameStart; end >= Math.Max(sentence.Start, nameStart - AddresseeReach); end--)
            {
                if (AddresseeCues.Any(cue => Numbers.TextScan.EndsAt(text, end, cue)))
                {
                    return true;
                }

                if (end > sentence.Start && text[end - 1] is ',' or '，' or '。' or ';' or '；')
                {
                    return false;
                }
            }

            return false;
        }

        private const int AddresseeReach = 4;

        private static readonly string[] AddresseeCues = ["提交", "提请", "报请", "提交给", "交由", "报送"];

        /// <summary>学习贯彻…精神 just before <paramref name="nameStart"/>.</summary>
        public bool IsSpiritBefore(int nameStart) =>
            MeetingFinder.IsSpiritBefore(text[Math.Max(sentence.Start, nameStart - SpiritReach)..nameStart]);
    }
}
