using Metrics.Extraction.Dates;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Meetings;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Projects;
using Metrics.Gazetteer;

namespace Metrics.Extraction;

/// <summary>
/// Reads an article and returns its dated facts: meetings and project events per district, each
/// with its evidence sentence. Pure and thread-safe: it touches no database.
/// </summary>
public static class FactExtractor
{
    public static IReadOnlyList<ExtractedFact> Extract(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return [];
        }

        var article = ArticleText.Analyse(input);
        if (English.EnglishText.IsEnglish(article.Text))
        {
            return [.. English.EnglishMeetingFinder.Find(article)];
        }

        if (!IsAboutNantong(article))
        {
            return [];
        }

        var meetings = FactMerger.MergeMeetings([.. MeetingFinder.Find(article).Where(m => m.Fact.District is not null)]);
        var projects = FactMerger.MergeProjects(ProjectEventFinder.Find(article).Where(p => p.District is not null))
            .Select(c => ToFact(article, c));
        return [.. meetings, .. projects];
    }

    /// <summary>Facts belong to Nantong: an article about Beijing's 通州区 or a visit to 苏州 has none.</summary>
    private static bool IsAboutNantong(ArticleText article) =>
        article.Places.Any(p => !p.IsOutsideNantong && p.District is not null) || article.Home is not null;

    private static ProjectEventFact ToFact(ArticleText article, ProjectCandidate candidate)
    {
        var (evidence, start) = article.Evidence(candidate.EvidenceStart, candidate.EvidenceLength);
        var amount = candidate.Amount;
        var isYuan = amount is { Currency: "CNY" };
        return new ProjectEventFact
        {
            District = candidate.District,
            Date = candidate.Date?.GoldDate,
            Precision = candidate.Date?.GoldDate is null ? DatePrecision.Unknown : candidate.Date.Precision,
            Stage = candidate.Stage,
            Scope = candidate.Scope,
            ProjectCount = candidate.ProjectCount,
            InvestmentYuan = isYuan ? (long)amount!.Value : null,
            InvestmentYuanMax = isYuan && amount!.Max is { } max ? (long)max : null,
            InvestmentOriginal = amount is not null && !isYuan ? amount.CoreText : null,
            Qualifier = amount?.Qualifier ?? candidate.Count?.Qualifier,
            PlannedThisYearYuan = candidate.Planned is { Currency: "CNY" } planned ? (long)planned.Value : null,
            MemberOfBatch = candidate.MemberOfBatch,
            Evidence = evidence,
            EvidenceStart = start,
        };
    }
}
