using Metrics.Extraction.Projects;
using Metrics.Facts;

namespace Metrics.Extraction;

/// <summary>
/// How strong a fact's evidence is, 0 to 1, so that review starts with the weakest facts and a
/// figure built on them can say so. Each missing piece of evidence takes a fixed share off:
/// a date borrowed from another sentence, no date at all, a figure with neither count nor
/// amount, a summary rather than an event, a meeting whose kind is only "other".
/// </summary>
internal static class FactConfidence
{
    private const double DateFromElsewhere = 0.2;
    private const double NoDate = 0.3;
    private const double NoFigure = 0.1;
    private const double Summary = 0.1;
    private const double UnnamedKind = 0.1;
    private const double NoDistrictInSentence = 0.1;

    public static double OfMeeting(MeetingKind kind, bool dateInSentence, string? date) =>
        Score(
            (!dateInSentence, DateFromElsewhere),
            (date is null, NoDate),
            (kind == MeetingKind.Other, UnnamedKind));

    public static double OfProjectEvent(ProjectCandidate candidate, bool districtInSentence) =>
        Score(
            (!candidate.DateInSentence, DateFromElsewhere),
            (candidate.Date?.GoldDate is null, NoDate),
            (candidate.Count is null && candidate.Amount is null && !candidate.MemberOfBatch, NoFigure),
            (candidate.Scope == FactScope.Period, Summary),
            (!districtInSentence, NoDistrictInSentence));

    private static double Score(params (bool Missing, double Cost)[] evidence) =>
        Math.Round(Math.Max(0.1, 1.0 - evidence.Where(e => e.Missing).Sum(e => e.Cost)), 2);
}
