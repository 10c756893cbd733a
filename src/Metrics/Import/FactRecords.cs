using System.Globalization;
using System.Text.Json;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Storage;

namespace Metrics.Import;

/// <summary>Turns extracted facts into stored ones: canonical values, period columns, counted values.</summary>
public static class FactRecords
{
    /// <summary>A new canonical fact with the extracted values, status <see cref="FactStatus.Extracted"/>.</summary>
    public static Fact ToFact(ExtractedFact extracted, DateTime nowUtc)
    {
        var fact = new Fact(extracted.Fields())
        {
            Status = FactStatus.Extracted,
            UpdatedAtUtc = nowUtc,
            Confidence = Math.Clamp(extracted.Confidence, 0, 1),
        };
        SetDate(fact, extracted.Date);
        SetCountedValues(fact);
        return fact;
    }

    /// <summary>Sets the date string, its precision and the period columns derived from it; an unreadable date is unknown.</summary>
    public static void SetDate(Fact fact, string? date)
    {
        var period = FactPeriod.Parse(date);
        fact.Date = period is null ? null : date;
        fact.Precision = period?.Precision ?? DatePrecision.Unknown;
        fact.PeriodStart = period?.Start;
        fact.PeriodEnd = period?.End;
        fact.Year = period?.Year;
        fact.Quarter = period?.Quarter;
        fact.Month = period?.Month;
    }

    /// <summary>
    /// Recomputes what the metrics add for the fact: the project count (a named single project
    /// without a count counts 1) and whether the amount is only a lower bound.
    /// </summary>
    public static void SetCountedValues(Fact fact)
    {
        fact.ProjectsCounted = fact.Type != FactType.ProjectEvent ? 0
            : fact.ProjectCount ?? (fact.Projects.Count == 1 ? 1 : 0);
        fact.IsLowerBound = fact.InvestmentYuan is not null && fact.Qualifier is AmountQualifier.AtLeast or AmountQualifier.Range;
    }

    /// <summary>A mention in an article of what the extractor found, keeping the values it read.</summary>
    public static FactMention ToMention(ExtractedFact extracted, int articleId) => new()
    {
        ArticleId = articleId,
        Evidence = extracted.Evidence,
        EvidenceStart = extracted.EvidenceStart,
        EvidenceLength = extracted.EvidenceLength,
        ExtractedJson = JsonSerializer.Serialize(extracted, FactJson.Options),
        Signature = Signature(extracted),
    };

    /// <summary>The extracted values that say "the same fact" when an article is extracted again.</summary>
    public static string Signature(ExtractedFact extracted) => extracted switch
    {
        MeetingFact m => string.Join('|', "meeting", m.District, m.Date, m.Kind),
        ProjectEventFact p => string.Join('|', "project_event", p.District, p.Date, p.Stage, p.Scope,
            p.ProjectCount?.ToString(CultureInfo.InvariantCulture), p.InvestmentYuan?.ToString(CultureInfo.InvariantCulture),
            p.InvestmentOriginal, p.MemberOfBatch ? "member" : ""),
        _ => throw new ArgumentOutOfRangeException(nameof(extracted), extracted.GetType().Name, null),
    };
}
