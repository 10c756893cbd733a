using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Storage;

/// <summary>
/// A canonical fact: one meeting or project event, however many articles report it
/// (<see cref="Mentions"/>). Queries count canonical facts whose status is not rejected.
/// </summary>
public sealed class Fact
{
    public int Id { get; set; }

    public FactType Type { get; set; }

    /// <summary>
    /// A fact whose article does not tell its district (<see cref="District"/>): stored with its
    /// evidence for staff to place, and counted in no figure until they do.
    /// </summary>
    public const string NoDistrict = FactFields.NoDistrict;

    /// <summary>The district as the gold schema writes it at the fact's date (港闸区 until 2020-07-27), or <see cref="NoDistrict"/>.</summary>
    public required string District { get; set; }

    /// <summary>The date at its own precision: <c>2023-02-11</c>, <c>2023-02</c>, <c>2023-Q1</c>, <c>2023</c>, or null.</summary>
    public string? Date { get; set; }

    public DatePrecision Precision { get; set; }

    /// <summary>First day of <see cref="Date"/> (2023-Q1 → 2023-01-01); null when the date is unknown.</summary>
    public DateOnly? PeriodStart { get; set; }

    /// <summary>Last day of <see cref="Date"/> (2023-Q1 → 2023-03-31); null when the date is unknown.</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>Year of the date, for grouping in SQL; null when unknown.</summary>
    public int? Year { get; set; }

    /// <summary>Quarter 1–4 when the date is at least quarter-precise, else null.</summary>
    public int? Quarter { get; set; }

    /// <summary>Month 1–12 when the date is at least month-precise, else null.</summary>
    public int? Month { get; set; }

    public MeetingKind? Kind { get; set; }

    public string? Chair { get; set; }

    public ProjectStage? Stage { get; set; }

    public FactScope? Scope { get; set; }

    public int? ProjectCount { get; set; }

    public long? InvestmentYuan { get; set; }

    public long? InvestmentYuanMax { get; set; }

    public AmountQualifier? Qualifier { get; set; }

    public string? InvestmentOriginal { get; set; }

    public long? PlannedThisYearYuan { get; set; }

    public List<string> Projects { get; set; } = [];

    public bool MemberOfBatch { get; set; }

    /// <summary>What the projects metric adds for this fact: the count, or 1 for a named single project without one.</summary>
    public int ProjectsCounted { get; set; }

    /// <summary>True when <see cref="InvestmentYuan"/> is only a lower bound (超百亿, or the low end of a range).</summary>
    public bool IsLowerBound { get; set; }

    public FactStatus Status { get; set; }

    /// <summary>How sure the extractor was (0 to 1); 1 for a fact a person entered or corrected.</summary>
    public double Confidence { get; set; } = 1;

    public DateTime UpdatedAtUtc { get; set; }

    public List<FactMention> Mentions { get; set; } = [];
}
