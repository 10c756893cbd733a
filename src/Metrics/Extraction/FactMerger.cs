using Metrics.Extraction.Budget;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Meetings;
using Metrics.Extraction.Projects;
using Metrics.Facts;

namespace Metrics.Extraction;

/// <summary>
/// One fact per occasion within an article: the same launch in the headline, the story and the
/// commentary is merged, keeping the most precise date and the fullest figures.
/// </summary>
internal static class FactMerger
{
    public static List<MeetingFact> MergeMeetings(IReadOnlyList<FoundMeeting> found)
    {
        // A headline (港闸在昆山举行发展恳谈会) dated only by what came before it repeats the story's meeting.
        // A day word with no day before it (全市重大项目建设推进会同日召开 as a subtitle) dates nothing.
        var dated = found.Where(f => f.DateInSentence && f.Fact.Precision != DatePrecision.Unknown).Select(f => (f.Fact.District, f.Fact.Kind, f.Organ)).ToHashSet();
        // 区委常委会召开会议 听取一季度重大项目推进情况汇报: the quarter is what the meeting heard, told again with its day.
        var daily = found.Where(f => f.Fact.Precision == DatePrecision.Day).Select(f => (f.Fact.District, f.Fact.Kind)).ToHashSet();
        var known = found.Where(f => f.Fact.Precision != DatePrecision.Unknown).Select(f => (f.Fact.District, f.Fact.Kind, f.Organ)).ToHashSet();
        var meetings = found.Where(f => ((f.DateInSentence && f.Fact.Precision != DatePrecision.Unknown) || !dated.Contains((f.Fact.District, f.Fact.Kind, f.Organ)))
            && !(f.Fact.Precision == DatePrecision.Unknown && known.Contains((f.Fact.District, f.Fact.Kind, f.Organ)))
            && !(f.Fact.Precision is DatePrecision.Quarter or DatePrecision.Year && daily.Contains((f.Fact.District, f.Fact.Kind))));
        var merged = new List<MeetingFact>();
        // Where in merged each organ's meetings of a district and kind are: a meeting is compared only with
        // those it could be, the last FactReach of them (every one in any news report).
        var occasions = new Dictionary<(string Organ, string? District, MeetingKind Kind), List<int>>();
        foreach (var (meeting, _, organ) in meetings)
        {
            ExtractionBudget.Step();
            var same = -1;
            var key = (organ, meeting.District, meeting.Kind);
            if (!occasions.TryGetValue(key, out var places))
            {
                places = [];
                occasions[key] = places;
            }

            for (var k = Math.Max(0, places.Count - FactReach); k < places.Count && same < 0; k++)
            {
                ExtractionBudget.Step();
                var m = merged[places[k]];
                // A session runs for days and is told again where the year cannot be read (1月22日上午,市政协十三届五次会议…).
                var sessionRetold = meeting.Kind == MeetingKind.Plenary && (m.Date is null || meeting.Date is null);
                if (DatesCompatible(m.Date, meeting.Date) || sessionRetold || IsSameSession(m, meeting))
                {
                    same = places[k];
                }
            }

            if (same < 0)
            {
                places.Add(merged.Count);
                merged.Add(meeting);
            }
            else if (IsSameSession(merged[same], meeting) && merged[same].Date != meeting.Date)
            {
                merged[same] = SessionDay(merged[same], meeting);
            }
            else if (Rank(meeting.Precision) < Rank(merged[same].Precision))
            {
                merged[same] = meeting with { Chair = meeting.Chair ?? merged[same].Chair };
            }
            else if (merged[same].Chair is null && meeting.Chair is not null)
            {
                merged[same] = merged[same] with { Chair = meeting.Chair };
            }
        }

        return merged;
    }

    // How many days a session of a congress or a CPPCC (or a Party congress) runs at most.
    private const int SessionDays = 7;

    /// <summary>…第三次会议隆重开幕 on the 11th and …第三次会议胜利闭幕 on the 14th: one session of the same organ, told on two of its days.</summary>
    private static bool IsSameSession(MeetingFact a, MeetingFact b) =>
        a.Kind == MeetingKind.Plenary && b.Kind == MeetingKind.Plenary && a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day
        && DateOnly.TryParse(a.Date, out var first) && DateOnly.TryParse(b.Date, out var second)
        && Math.Abs(first.DayNumber - second.DayNumber) <= SessionDays;

    /// <summary>A session is dated by its opening day: the report of its opening, else its earliest day.</summary>
    private static MeetingFact SessionDay(MeetingFact kept, MeetingFact other)
    {
        var keptOpens = Opens(kept.Evidence);
        var otherOpens = Opens(other.Evidence);
        var earlier = string.CompareOrdinal(other.Date, kept.Date) < 0;
        var pick = otherOpens && !keptOpens || (otherOpens == keptOpens && earlier) ? other : kept;
        return pick with { Chair = kept.Chair ?? other.Chair };
    }

    private static bool Opens(string evidence) =>
        evidence.Contains("开幕", StringComparison.Ordinal) || evidence.Contains("開幕", StringComparison.Ordinal);

    public static List<ProjectCandidate> MergeProjects(IEnumerable<ProjectCandidate> candidates)
    {
        // A merge can sharpen a date (a headline's quarter becomes the story's day), which lets it
        // meet a third report: repeat until nothing changes.
        var current = DropUndatedRestatements(candidates.ToList());
        while (true)
        {
            ExtractionBudget.Step();
            var merged = MergeOnce(current);
            if (merged.Count == current.Count)
            {
                return merged;
            }

            current = merged;
        }
    }

    /// <summary>
    /// A sentence with no figures and no date of its own that introduces a dated report of the
    /// same stage nearby (特高压电气设备生产项目签约成为…标志。5月16日,…落户四甲) is that report; a batch
    /// told only as 一批…相继落户 with no date of its own is no dated event.
    /// </summary>
    private static List<ProjectCandidate> DropUndatedRestatements(List<ProjectCandidate> candidates)
    {
        var bySentence = candidates.ToLookup(c => c.SentenceIndex);
        return candidates.Where(c => c.DateInSentence || c.MemberOfBatch || c.IsIdiomPair || c.Count is not null || c.Amount is not null
                || !(c.IsUncountedBatch || Enumerable.Range(c.SentenceIndex - 2, 5).SelectMany(s => bySentence[s]).Any(d => d != c && d.DateInSentence
                    && !d.MemberOfBatch && d.Stage == c.Stage && d.District == c.District)))
            .ToList();
    }

    /// <summary>
    /// How many facts back a report may find its occasion. No news report has near this many facts;
    /// it keeps a huge text from comparing every fact with every other.
    /// </summary>
    internal const int FactReach = 500;

    private static ProjectCandidate? FindSame(List<ProjectCandidate> merged, ProjectCandidate candidate)
    {
        for (var i = Math.Max(0, merged.Count - FactReach); i < merged.Count; i++)
        {
            ExtractionBudget.Step();
            if (SameOccasion(merged[i], candidate))
            {
                return merged[i];
            }
        }

        return null;
    }

    private static List<ProjectCandidate> MergeOnce(List<ProjectCandidate> candidates)
    {
        var merged = new List<ProjectCandidate>();
        foreach (var candidate in candidates)
        {
            ExtractionBudget.Step();
            var same = FindSame(merged, candidate);
            if (same is null)
            {
                merged.Add(candidate);
                continue;
            }

            var richer = Richness(candidate) > Richness(same);
            // Equally full: the report dated nearer wins, then the later one, so a story's sentence
            // is quoted rather than the headline above it.
            var betterEvidence = richer || (Richness(candidate) == Richness(same) && candidate.DateNearness >= same.DateNearness);
            // 海門區一季度…集中開工 on an undated page (a quarter of no known year) gives way to the story's day.
            var candidateKnown = candidate.Date?.GoldDate is not null;
            var sameKnown = same.Date?.GoldDate is not null;
            var betterDate = (candidateKnown && !sameKnown) || (candidateKnown == sameKnown && candidate.DateNearness > same.DateNearness);
            same.Count ??= candidate.Count;
            // 超千亿元 in the headline, 1065亿元 in the story: the exact figure.
            if (same.Amount is { Qualifier: not AmountQualifier.Exact } round && candidate.Amount is { Qualifier: AmountQualifier.Exact } exact && Rounds(round, exact))
            {
                same.Amount = exact;
            }

            same.Amount ??= candidate.Amount;
            same.Planned ??= candidate.Planned;
            same.IsUncountedBatch &= candidate.IsUncountedBatch;
            same.CountUnstated &= candidate.CountUnstated;
            // On a tie the fuller report wins, then the later one: a headline comes before its story.
            var tie = candidateKnown == sameKnown && candidate.DateNearness == same.DateNearness;
            var sharper = Rank(candidate.Date?.Precision) < Rank(same.Date?.Precision);
            var sameSharpness = Rank(candidate.Date?.Precision) == Rank(same.Date?.Precision);
            if (betterDate || (tie && (sharper || (sameSharpness && Richness(candidate) >= Richness(same)))))
            {
                same.Date = candidate.Date;
                same.DateInSentence = candidate.DateInSentence;
                same.DateInParagraph = candidate.DateInParagraph;
                same.Scope = candidate.Scope;
            }

            if (betterEvidence)
            {
                same.EvidenceStart = candidate.EvidenceStart;
                same.EvidenceLength = candidate.EvidenceLength;
            }
        }

        return merged;
    }

    // Each 当年签约、当年开工 names its own projects: two such sentences are two facts.
    // The same stage, place, scope and membership and no differing count (cheap, so first), then the
    // same total or compatible dates and amounts.
    private static bool SameOccasion(ProjectCandidate a, ProjectCandidate b) =>
        a.Stage == b.Stage && a.District == b.District && a.Scope == b.Scope && a.MemberOfBatch == b.MemberOfBatch
        && !(a.IsIdiomPair && b.IsIdiomPair)
        && (a.Count is null || b.Count is null || a.Count.Value == b.Count.Value)
        && (SameFigures(a, b) || SameCountOneUndated(a, b) || (DatesCompatible(a.Date?.GoldDate, b.Date?.GoldDate)
            && (a.Amount is null || b.Amount is null || a.Amount.Value == b.Amount.Value)
            && !(a.MemberOfBatch && a.Amount is not null && b.Amount is not null)));

    /// <summary>
    /// A headline and its story give the same count and total (32个大项目集中开工,计划总投资248.7亿):
    /// one event, even when the headline could only be dated by the page stamp.
    /// </summary>
    private static bool SameFigures(ProjectCandidate a, ProjectCandidate b) =>
        a.Amount is not null && b.Amount is not null && a.Amount.Value == b.Amount.Value;

    /// <summary>
    /// 126个项目总投资超千亿元 as the headline of an undated page, and the story's 本次…126个项目…总投资1065亿元 on
    /// its day: the same count, with the headline's round figure a bound of the story's, is one launch.
    /// </summary>
    private static bool SameCountOneUndated(ProjectCandidate a, ProjectCandidate b) =>
        a.Count is { Value: >= 2 } && b.Count is { } count && a.Count.Value == count.Value
        && (a.Date?.GoldDate is null) != (b.Date?.GoldDate is null)
        && (a.Amount is null || b.Amount is null || Rounds(a.Amount, b.Amount) || Rounds(b.Amount, a.Amount));

    // How close a round figure (超千亿, 近百亿) must come to the exact one it rounds.
    private const decimal RoundingShare = 0.85m;

    private static bool Rounds(Numbers.MoneyMention round, Numbers.MoneyMention exact) =>
        round.Currency == exact.Currency && round.Qualifier is AmountQualifier.AtLeast or AmountQualifier.About or AmountQualifier.Exact
        && exact.Value > 0 && round.Value / exact.Value is >= RoundingShare and <= 2 - RoundingShare;

    private static int Richness(ProjectCandidate c) => (c.Count is null ? 0 : 1) + (c.Amount is null ? 0 : 1);

    private static int Rank(DatePrecision? precision) => precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Month => 1,
        DatePrecision.Quarter => 2,
        DatePrecision.Year => 3,
        _ => 4,
    };

    /// <summary>Equal on every part both give (2020-06 and 2020-06-16 agree; 2020-Q2 and 2020-05 agree).</summary>
    public static bool DatesCompatible(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var pa = a.Split('-');
        var pb = b.Split('-');
        if (pa[0] != pb[0])
        {
            return false;
        }

        if (pa.Length == 1 || pb.Length == 1)
        {
            return true;
        }

        if (pa[1].StartsWith('Q') || pb[1].StartsWith('Q'))
        {
            return QuarterOf(pa[1]) == QuarterOf(pb[1]);
        }

        return pa[1] == pb[1] && (pa.Length == 2 || pb.Length == 2 || pa[2] == pb[2]);
    }

    private static string QuarterOf(string part) =>
        part.StartsWith('Q') ? part : "Q" + ((int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) - 1) / 3 + 1);
}
