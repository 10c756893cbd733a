using System.Text.Json.Serialization;

namespace Metrics.Facts;

/// <summary>
/// Every field of a fact a reviewer may set: what an edit or a manual fact gives, and what the audit
/// log records. The one declaration of a field: the stored <c>Fact</c>, the facts API's row and the
/// export's row derive from it, and the extractor's output maps to it.
/// </summary>
/// <remarks>
/// Settable, not init-only, because the stored fact is these fields plus columns derived from them,
/// and the import and the review update a tracked fact in place.
/// </remarks>
public record FactFields
{
    /// <summary>The district of a fact whose article does not tell it: stored with its evidence for staff to place, counted in no figure until they do.</summary>
    public const string NoDistrict = "";

    // What a fact is, where and when lead its JSON, before what a row adds (the facts API's precision follows the date).
    [JsonPropertyOrder(-1)]
    public required FactType Type { get; set; }

    [JsonPropertyOrder(-1)]
    public required string District { get; set; }

    /// <summary><c>2023-02-11</c>, <c>2023-02</c>, <c>2023-Q1</c>, <c>2023</c>, or null when unknown.</summary>
    [JsonPropertyOrder(-1)]
    public string? Date { get; set; }

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

    public IReadOnlyList<string> Projects { get; set; } = [];

    public bool MemberOfBatch { get; set; }

    /// <summary>Only the fields of a stored fact or a row, without what they add.</summary>
    public FactFields Fields() => new(this);

    /// <summary>
    /// These values with the fields of the other type cleared (a meeting has no stage, a project
    /// event no chair), and an amount's qualifier exact unless given.
    /// </summary>
    public FactFields OfItsType() => Type == FactType.Meeting
        ? new(this)
        {
            Stage = null, Scope = null, ProjectCount = null, InvestmentYuan = null, InvestmentYuanMax = null, Qualifier = null,
            InvestmentOriginal = null, PlannedThisYearYuan = null, Projects = [], MemberOfBatch = false,
        }
        : new(this) { Kind = null, Chair = null, Qualifier = InvestmentYuan is null ? null : Qualifier ?? AmountQualifier.Exact };

    /// <summary>True when both hold the same values (projects compared item by item).</summary>
    public bool SameAs(FactFields other) => Fields() with { Projects = other.Projects } == other.Fields() && Projects.SequenceEqual(other.Projects);

    /// <summary>Why these values cannot be stored, or null when they can.</summary>
    public string? Problem(IReadOnlyCollection<string> knownDistricts)
    {
        if (District == NoDistrict)
        {
            return "请选择区县";
        }

        if (!knownDistricts.Contains(District))
        {
            return $"未知的区县“{District}”";
        }

        if (Date is not null && FactPeriod.Parse(Date) is null)
        {
            return $"日期“{Date}”无法识别（应为 2023-02-11、2023-02、2023-Q1 或 2023）";
        }

        if (Type == FactType.Meeting && Kind is null)
        {
            return "会议需要类别";
        }

        if (Type == FactType.ProjectEvent && (Stage is null || Scope is null))
        {
            return "项目事件需要阶段和范围";
        }

        if (ProjectCount is < 0 || InvestmentYuan is < 0 || InvestmentYuanMax is < 0 || PlannedThisYearYuan is < 0)
        {
            return "数量和金额不能为负";
        }

        return InvestmentYuanMax is { } max && InvestmentYuan is { } min && max < min ? "金额上限小于下限" : null;
    }
}
