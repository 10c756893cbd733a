using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>
/// Reports that restate part of a total already given, rather than a fact of their own: a later,
/// smaller count of the same stage and time (此次共有11个绿色纺织类项目参与集中开工 after 27个项目集中开工),
/// and single projects listed before the totals of their sentence (投资480亿元的…产业园获见签,…,累计签约…项目16个).
/// </summary>
internal static class BatchParts
{
    /// <summary>How many sentences before a district's share the city's launch may be told.</summary>
    private const int CityBatchReach = 3;

    /// <summary>Drops the parts and frees their amounts, so a named member's amount can still be linked.</summary>
    public static void DropRestatedParts(ArticleText article, List<ProjectCandidate> candidates, HashSet<MoneyMention> usedAmounts)
    {
        var parts = new HashSet<ProjectCandidate>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (IsPartOfEarlier(candidates, i))
            {
                parts.Add(candidates[i]);
            }
        }

        foreach (var part in parts)
        {
            ExtractionBudget.Step();
            if (part.Amount is not null)
            {
                usedAmounts.Remove(part.Amount);
            }
        }

        // One pass: removing them one by one would shift the rest of the list for each.
        candidates.RemoveAll(parts.Contains);

        // A district's share of a city-wide launch keeps its amount: it is no member project either.
        var bySentence = candidates.ToLookup(c => c.SentenceIndex);
        var shares = candidates.Where(c => IsDistrictShareOfCityBatch(article, bySentence, c)).ToHashSet();
        ExtractionBudget.Step(shares.Count);
        candidates.RemoveAll(shares.Contains);
    }

    /// <summary>
    /// 当天,全市共有54个项目集中开工…。海门区开工项目8个,总投资56亿元: a district's share of the
    /// city's launch, told right after it with no date of its own, is a breakdown, not the district's event.
    /// On a page that is not the district's own, so is one told as this occasion's (海门区此次共有24个项目开工).
    /// </summary>
    private static bool IsDistrictShareOfCityBatch(ArticleText article, ILookup<int, ProjectCandidate> bySentence, ProjectCandidate share) =>
        share is { IsBatch: true, DateInSentence: false, MemberOfBatch: false } && share.District is not (null or "南通市")
        && (!share.IsEventMarked || (article.Home is { } home && home != share.District && !HoldsAnOccasionOfItsOwn(article.Text, share)))
        && Enumerable.Range(share.SentenceIndex - CityBatchReach, CityBatchReach).SelectMany(s => bySentence[s]).Any(city =>
            city.District == "南通市" && city is { IsBatch: true, MemberOfBatch: false, Scope: FactScope.Event }
            && city.Stage == share.Stage && city.Count is { } total && share.Count is { } part && total.Value > part.Value
            && FactMerger.DatesCompatible(city.Date?.GoldDate, share.Date?.GoldDate));

    private static readonly string[] HoldingWords = ["举行", "举办"];

    /// <summary>会后,如东县在沪举行专场签约活动,签约项目8个: the district's own occasion, no share of the city's.</summary>
    private static bool HoldsAnOccasionOfItsOwn(string text, ProjectCandidate share) =>
        TextScan.ContainsAny(text.AsSpan(share.EvidenceStart, share.Position - share.EvidenceStart), HoldingWords);

    /// <summary>
    /// 共签约项目12个,新签约项目投资总额145亿元: an amount told again after the stage word, with no
    /// project named, is the total of the batch before it, not a project of its own.
    /// </summary>
    public static void JoinRestatedTotals(string text, List<ProjectCandidate> candidates)
    {
        // Restatements are removed at the end; one holds an amount, so it is never another's batch: the lookup stays valid.
        var bySentence = candidates.ToLookup(c => c.SentenceIndex);
        var joined = new HashSet<ProjectCandidate>();
        foreach (var restated in candidates.Where(c => c is { Count: null, Amount: not null, MemberOfBatch: false }))
        {
            ExtractionBudget.Step();
            var batch = bySentence[restated.SentenceIndex].LastOrDefault(b => b.Position < restated.Position
                && b.Stage == restated.Stage && b is { IsBatch: true, Amount: null, MemberOfBatch: false });
            var clauseStart = TextScan.ClauseStart(text, restated.Position, restated.Position);
            if (batch is null || restated.Amount!.Start < clauseStart || NamedProjects.NamesOne(text[clauseStart..restated.Amount.Start]))
            {
                continue;
            }

            batch.Amount = restated.Amount;
            joined.Add(restated);
        }

        candidates.RemoveAll(joined.Contains);
    }

    // 12月示范区共有开工项目19个…。此外,另有14个项目自行开工: the rest of the month's 19, not a launch.
    // The whole is looked for among the FactMerger.FactReach candidates before the part (every one
    // in any news report; the list is in sentence order), not among every candidate of a huge text.
    private static bool IsPartOfEarlier(List<ProjectCandidate> candidates, int index)
    {
        var part = candidates[index];
        if (part is not { IsBatch: true, DateInSentence: false, MemberOfBatch: false })
        {
            return false;
        }

        for (var i = index - 1; i >= Math.Max(0, index - FactMerger.FactReach); i--)
        {
            ExtractionBudget.Step();
            var whole = candidates[i];
            if (whole.SentenceIndex < part.SentenceIndex && whole is { IsBatch: true, MemberOfBatch: false }
                && whole.Stage == part.Stage && whole.District == part.District && whole.Count!.Value > part.Count!.Value
                && FactMerger.DatesCompatible(whole.Date?.GoldDate, part.Date?.GoldDate)
                && (whole.Scope == FactScope.Event || !part.IsEventMarked))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 今年上半年,投资480亿元的…产业园获省委主要领导见签,投资100亿元的…产业园成功落户并顺利开工,累计签约10亿元以上重大项目16个,
    /// 新开工…项目5个: each named project is a member of its stage's summary later in the sentence.
    /// </summary>
    public static void MarkMembersBeforeTotals(List<ProjectCandidate> candidates)
    {
        var bySentence = candidates.ToLookup(c => c.SentenceIndex);
        foreach (var single in candidates)
        {
            ExtractionBudget.Step();
            if (single.MemberOfBatch || single.Count is not null || single.IsUncountedBatch)
            {
                continue;
            }

            var total = bySentence[single.SentenceIndex].FirstOrDefault(t =>
                t.Position > single.Position && t.Stage == single.Stage
                && t is { IsBatch: true, MemberOfBatch: false, Scope: FactScope.Period });
            if (total is null)
            {
                continue;
            }

            single.MemberOfBatch = true;
            single.Scope = total.Scope;
            single.Date = total.Date;
            single.District = total.District;
        }
    }
}
