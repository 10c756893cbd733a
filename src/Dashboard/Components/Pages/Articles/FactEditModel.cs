using Metrics.Extraction.Facts;
using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Dashboard.Components.Pages.Articles;

/// <summary>The editor's form fields for a fact; project names as one 、-separated line.</summary>
public sealed class FactEditModel
{
    public FactType Type { get; set; } = FactType.ProjectEvent;

    public string District { get; set; } = "";

    public string? Date { get; set; }

    public MeetingKind? Kind { get; set; }

    public string? Chair { get; set; }

    public ProjectStage? Stage { get; set; }

    public FactScope? Scope { get; set; } = FactScope.Event;

    public int? ProjectCount { get; set; }

    public long? InvestmentYuan { get; set; }

    public long? InvestmentYuanMax { get; set; }

    public AmountQualifier? Qualifier { get; set; }

    public string? InvestmentOriginal { get; set; }

    public long? PlannedThisYearYuan { get; set; }

    /// <summary>The unit the amount fields below are typed in (亿元 unless chosen otherwise).</summary>
    public MoneyUnit Unit { get; set; } = MoneyUnit.Yi;

    /// <summary><see cref="InvestmentYuan"/> in <see cref="Unit"/>.</summary>
    public decimal? Investment
    {
        get => MoneyUnits.ToUnit(InvestmentYuan, Unit);
        set => InvestmentYuan = MoneyUnits.ToYuan(value, Unit);
    }

    /// <summary><see cref="InvestmentYuanMax"/> in <see cref="Unit"/>.</summary>
    public decimal? InvestmentMax
    {
        get => MoneyUnits.ToUnit(InvestmentYuanMax, Unit);
        set => InvestmentYuanMax = MoneyUnits.ToYuan(value, Unit);
    }

    /// <summary><see cref="PlannedThisYearYuan"/> in <see cref="Unit"/>.</summary>
    public decimal? PlannedThisYear
    {
        get => MoneyUnits.ToUnit(PlannedThisYearYuan, Unit);
        set => PlannedThisYearYuan = MoneyUnits.ToYuan(value, Unit);
    }

    public string? Projects { get; set; }

    public bool MemberOfBatch { get; set; }

    public static FactEditModel From(FactFields values) => new()
    {
        Type = values.Type,
        District = values.District,
        Date = values.Date,
        Kind = values.Kind,
        Chair = values.Chair,
        Stage = values.Stage,
        Scope = values.Scope,
        ProjectCount = values.ProjectCount,
        InvestmentYuan = values.InvestmentYuan,
        InvestmentYuanMax = values.InvestmentYuanMax,
        Qualifier = values.Qualifier,
        InvestmentOriginal = values.InvestmentOriginal,
        PlannedThisYearYuan = values.PlannedThisYearYuan,
        Projects = string.Join("、", values.Projects),
        MemberOfBatch = values.MemberOfBatch,
    };

    public FactFields ToValues() => new()
    {
        Type = Type,
        District = District.Trim(),
        Date = string.IsNullOrWhiteSpace(Date) ? null : Date.Trim(),
        Kind = Kind,
        Chair = Blank(Chair),
        Stage = Stage,
        Scope = Scope,
        ProjectCount = ProjectCount,
        InvestmentYuan = InvestmentYuan,
        InvestmentYuanMax = InvestmentYuanMax,
        Qualifier = Qualifier,
        InvestmentOriginal = Blank(InvestmentOriginal),
        PlannedThisYearYuan = PlannedThisYearYuan,
        Projects = (Projects ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        MemberOfBatch = MemberOfBatch,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
