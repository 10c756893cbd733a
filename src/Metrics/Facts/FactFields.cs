namespace Metrics.Facts;

/// <summary>Every field of a fact a reviewer may set: what an edit or a manual fact gives, and what the audit log records.</summary>
public sealed record FactFields
{
    /// <summary>The district of a fact whose article does not tell it: stored with its evidence for staff to place, counted in no figure until they do.</summary>
    public const string NoDistrict = "";

    public required FactType Type { get; init; }

    public required string District { get; init; }

    /// <summary><c>2023-02-11</c>, <c>2023-02</c>, <c>2023-Q1</c>, <c>2023</c>, or null when unknown.</summary>
    public string? Date { get; init; }

    public MeetingKind? Kind { get; init; }

    public string? Chair { get; init; }

    public ProjectStage? Stage { get; init; }

    public FactScope? Scope { get; init; }

    public int? ProjectCount { get; init; }

    public long? InvestmentYuan { get; init; }

    public long? InvestmentYuanMax { get; init; }

    public AmountQualifier? Qualifier { get; init; }

    public string? InvestmentOriginal { get; init; }

    public long? PlannedThisYearYuan { get; init; }

    public IReadOnlyList<string> Projects { get; init; } = [];

    public bool MemberOfBatch { get; init; }

    /// <summary>True when both hold the same values (projects compared item by item).</summary>
    public bool SameAs(FactFields other) => this with { Projects = other.Projects } == other && Projects.SequenceEqual(other.Projects);

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
