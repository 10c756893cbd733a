using Metrics.Facts;
using Metrics.Import;
using Metrics.Storage;

namespace Metrics.Review;

/// <summary>How a fact's reviewable values are read from and written onto a stored fact.</summary>
public static class FactFieldsOnFacts
{
    /// <summary>The values a stored fact holds now.</summary>
    public static FactFields Fields(this Fact fact) => new()
    {
        Type = fact.Type,
        District = fact.District,
        Date = fact.Date,
        Kind = fact.Kind,
        Chair = fact.Chair,
        Stage = fact.Stage,
        Scope = fact.Scope,
        ProjectCount = fact.ProjectCount,
        InvestmentYuan = fact.InvestmentYuan,
        InvestmentYuanMax = fact.InvestmentYuanMax,
        Qualifier = fact.Qualifier,
        InvestmentOriginal = fact.InvestmentOriginal,
        PlannedThisYearYuan = fact.PlannedThisYearYuan,
        Projects = [.. fact.Projects],
        MemberOfBatch = fact.MemberOfBatch,
    };

    /// <summary>Writes the values onto <paramref name="fact"/>, with the derived date and counted columns.</summary>
    public static void ApplyTo(this FactFields fields, Fact fact)
    {
        var isMeeting = fields.Type == FactType.Meeting;
        fact.Type = fields.Type;
        fact.District = fields.District;
        FactRecords.SetDate(fact, fields.Date);
        fact.Kind = isMeeting ? fields.Kind : null;
        fact.Chair = isMeeting ? fields.Chair : null;
        fact.Stage = isMeeting ? null : fields.Stage;
        fact.Scope = isMeeting ? null : fields.Scope;
        fact.ProjectCount = isMeeting ? null : fields.ProjectCount;
        fact.InvestmentYuan = isMeeting ? null : fields.InvestmentYuan;
        fact.InvestmentYuanMax = isMeeting ? null : fields.InvestmentYuanMax;
        fact.Qualifier = isMeeting || fields.InvestmentYuan is null ? null : fields.Qualifier ?? AmountQualifier.Exact;
        fact.InvestmentOriginal = isMeeting ? null : fields.InvestmentOriginal;
        fact.PlannedThisYearYuan = isMeeting ? null : fields.PlannedThisYearYuan;
        fact.Projects = isMeeting ? [] : [.. fields.Projects];
        fact.MemberOfBatch = !isMeeting && fields.MemberOfBatch;
        FactRecords.SetCountedValues(fact);
    }
}
