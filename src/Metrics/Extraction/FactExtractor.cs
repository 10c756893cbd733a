using Metrics.Extraction.Budget;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Meetings;
using Metrics.Extraction.Numbers;
using Metrics.Extraction.Projects;
using Metrics.Extraction.Text;
using Metrics.Facts;
using Metrics.Gazetteer;

namespace Metrics.Extraction;

/// <summary>
/// Reads an article and returns its dated facts: meetings and project events per district, each
/// with its evidence sentence. Pure and thread-safe: it touches no database.
/// </summary>
public static class FactExtractor
{
    /// <summary>The facts of a district or the city, as the gold schema annotates them: what the <c>extract</c> verb prints.</summary>
    /// <exception cref="ExtractionBudgetExceededException">The article took more steps than <see cref="ExtractionLimits.Default"/> allow.</exception>
    public static IReadOnlyList<ExtractedFact> Extract(ArticleInput input) => Extract(input, ExtractionLimits.Default);

    /// <summary><see cref="Extract(ArticleInput)"/> under <paramref name="limits"/>, stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="ExtractionBudgetExceededException">The article took more steps than <paramref name="limits"/> allow.</exception>
    public static IReadOnlyList<ExtractedFact> Extract(ArticleInput input, ExtractionLimits limits, CancellationToken cancellationToken = default) =>
        Budgeted(input, limits, withUnplaced: false, cancellationToken);

    /// <summary>
    /// <see cref="Extract(ArticleInput)"/>, plus the facts whose district the article does not tell (District
    /// null): the import stores them for staff to place (review rule 无区县) and no figure counts
    /// them until then. An article that names no place at all (通报: 一季度重大产业项目集中开工) gives
    /// only such facts; one that names only places outside Nantong still gives none.
    /// </summary>
    public static IReadOnlyList<ExtractedFact> ExtractWithUnplaced(ArticleInput input) => ExtractWithUnplaced(input, ExtractionLimits.Default);

    /// <summary><see cref="ExtractWithUnplaced(ArticleInput)"/> under <paramref name="limits"/>, stopping when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="ExtractionBudgetExceededException">The article took more steps than <paramref name="limits"/> allow.</exception>
    public static IReadOnlyList<ExtractedFact> ExtractWithUnplaced(ArticleInput input, ExtractionLimits limits, CancellationToken cancellationToken = default) =>
        Budgeted(input, limits, withUnplaced: true, cancellationToken);

    private static IReadOnlyList<ExtractedFact> Budgeted(ArticleInput input, ExtractionLimits limits, bool withUnplaced, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ExtractionBudget.Run(limits, input.Text?.Length ?? 0, cancellationToken, () => Find(input, withUnplaced));
    }

    private static IReadOnlyList<ExtractedFact> Find(ArticleInput input, bool withUnplaced)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return [];
        }

        var article = ArticleText.Analyse(input);
        if (English.EnglishText.IsEnglish(article.Text))
        {
            // It places every meeting it finds (an English report names its district).
            return [.. English.EnglishMeetingFinder.Find(article)];
        }

        var aboutNantong = IsAboutNantong(article);
        if (!aboutNantong && !(withUnplaced && NamesNoPlace(article)))
        {
            return [];
        }

        var meetings = ItemHeadings.DropMeetingRepeats(article, [.. MeetingFinder.Find(article)]);
        var projects = ProjectEventFinder.Find(article).ToList();
        ItemHeadings.DropProjectRepeats(article, projects);
        if (!aboutNantong)
        {
            // Without a place, a district read from a leader's name alone is a guess for staff to check.
            meetings = [.. meetings.Select(m => m with { Fact = m.Fact with { District = null } })];
            projects.ForEach(p => p.District = null);
        }

        // Each side merged apart, so an unplaced report never merges into a district's fact.
        var placed = Merged(article, meetings.Where(m => m.Fact.District is not null), projects.Where(p => p.District is not null));
        return withUnplaced
            ? [.. placed, .. Merged(article, meetings.Where(m => m.Fact.District is null), projects.Where(p => p.District is null))]
            : placed;
    }

    private static List<ExtractedFact> Merged(ArticleText article, IEnumerable<FoundMeeting> meetings, IEnumerable<ProjectCandidate> projects) =>
        [.. FactMerger.MergeMeetings([.. meetings]).Select(m => HistoricalDistrict.AtItsDate(article, m)),
         .. FactMerger.MergeProjects(projects).Select(c => HistoricalDistrict.AtItsDate(article, ToFact(article, c)))];

    /// <summary>No place in the text, title or publisher, in Nantong or elsewhere: nothing says the facts are someone else's.</summary>
    private static bool NamesNoPlace(ArticleText article) =>
        article.Places.Count == 0 && NoPlaceIn(article.Input.Title, article.Input.Published) && NoPlaceIn(article.Input.Publisher, article.Input.Published);

    private static bool NoPlaceIn(string? text, DateOnly? at) =>
        string.IsNullOrWhiteSpace(text) || NantongGazetteer.Load().FindMentions(text, at).Count == 0;

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
            Confidence = FactConfidence.OfProjectEvent(candidate, NamesAPlaceIn(article, candidate.SentenceIndex)),
        };
    }

    private static bool NamesAPlaceIn(ArticleText article, int sentenceIndex)
    {
        var sentence = article.Sentences[sentenceIndex];
        return TextOrder.StartingIn(article.Places, sentence.Start, sentence.End, static p => p.Start).Any(p => !p.IsOutsideNantong);
    }
}
