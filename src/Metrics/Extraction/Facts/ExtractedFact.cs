using System.Text.Json.Serialization;
using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Extraction.Facts;

/// <summary>
/// A dated fact found in an article, in the terms of <c>shared/corpus/GOLD_SCHEMA.md</c>,
/// with the sentence it came from and where that sentence sits in the article text.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MeetingFact), "meeting")]
[JsonDerivedType(typeof(ProjectEventFact), "project_event")]
public abstract record ExtractedFact
{
    /// <summary>The district as the schema writes it at the fact's date (港闸区 until 2020-07-27), or 南通市.</summary>
    public required string? District { get; init; }

    /// <summary><c>2023-02-11</c>, <c>2023-02</c>, <c>2023-Q1</c>, <c>2023</c>, or null when unknown.</summary>
    public required string? Date { get; init; }

    public required DatePrecision Precision { get; init; }

    /// <summary>The evidence as the article gives it (original characters, not normalised).</summary>
    public required string Evidence { get; init; }

    /// <summary>Offset of <see cref="Evidence"/> in the article text.</summary>
    public required int EvidenceStart { get; init; }

    public int EvidenceLength => Evidence.Length;

    /// <summary>
    /// How sure the extractor is of this fact, 0 to 1: lower where its evidence is weak (no event
    /// word of its own, a date borrowed from elsewhere in the text). A person's entry or correction is 1.
    /// </summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The values a stored fact takes from this one (a fact without a district waits for staff to place it).</summary>
    public abstract FactFields Fields();
}

/// <summary>A formal meeting convened by a district's or the city's Party committee, government, congress or CPPCC.</summary>
public sealed record MeetingFact : ExtractedFact
{
    public required MeetingKind Kind { get; init; }

    /// <summary>Who the text says 主持 the meeting, else null.</summary>
    public string? Chair { get; init; }

    public override FactFields Fields() => new()
    {
        Type = FactType.Meeting, District = District ?? FactFields.NoDistrict, Date = Date, Kind = Kind, Chair = Chair,
    };
}

/// <summary>Projects signed, started, completed, put into production or opened; or a period summary of such counts.</summary>
public sealed record ProjectEventFact : ExtractedFact
{
    public required ProjectStage Stage { get; init; }

    public required FactScope Scope { get; init; }

    public int? ProjectCount { get; init; }

    /// <summary>Total investment in yuan (the lower bound for ranges and lower bounds).</summary>
    public long? InvestmentYuan { get; init; }

    /// <summary>Upper bound of a range amount.</summary>
    public long? InvestmentYuanMax { get; init; }

    /// <summary>Describes the amount, or the count when there is no amount.</summary>
    public AmountQualifier? Qualifier { get; init; }

    /// <summary>A foreign-currency amount as written (<c>3000万美元</c>); <see cref="InvestmentYuan"/> stays null.</summary>
    public string? InvestmentOriginal { get; init; }

    /// <summary>Investment planned for this year (<c>今年计划投资</c>), never added to the total.</summary>
    public long? PlannedThisYearYuan { get; init; }

    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>A named project reported inside a batch of the same article: left out of sums.</summary>
    public bool MemberOfBatch { get; init; }

    public override FactFields Fields() => new()
    {
        Type = FactType.ProjectEvent, District = District ?? FactFields.NoDistrict, Date = Date, Stage = Stage, Scope = Scope,
        ProjectCount = ProjectCount, InvestmentYuan = InvestmentYuan, InvestmentYuanMax = InvestmentYuanMax, Qualifier = Qualifier,
        InvestmentOriginal = InvestmentOriginal, PlannedThisYearYuan = PlannedThisYearYuan, Projects = [.. Projects], MemberOfBatch = MemberOfBatch,
    };
}
