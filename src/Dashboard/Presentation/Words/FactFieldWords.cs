using Metrics.Facts;

namespace Dashboard.Presentation.Words;

/// <summary>
/// Each field of a fact (<see cref="FactFields"/>) by its Chinese name, as the fact editor, the audit
/// log and a <c>rows=facts</c> export head it. A new field is named here.
/// </summary>
public static class FactFieldWords
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(FactFields.Type)] = "类型",
        [nameof(FactFields.District)] = "区县",
        [nameof(FactFields.Date)] = "日期",
        [nameof(FactFields.Kind)] = "会议类别",
        [nameof(FactFields.Chair)] = "主持人",
        [nameof(FactFields.Stage)] = "阶段",
        [nameof(FactFields.Scope)] = "范围",
        [nameof(FactFields.ProjectCount)] = "项目数",
        [nameof(FactFields.InvestmentYuan)] = "投资额",
        [nameof(FactFields.InvestmentYuanMax)] = "投资额上限",
        [nameof(FactFields.Qualifier)] = "金额限定",
        [nameof(FactFields.InvestmentOriginal)] = "外币原额",
        [nameof(FactFields.PlannedThisYearYuan)] = "年度计划投资",
        [nameof(FactFields.Projects)] = "项目名称",
        [nameof(FactFields.MemberOfBatch)] = "批次成员",
    };

    /// <summary>The field's Chinese name, its C# or JSON name (<c>Chair</c>, <c>chair</c>) given; null for no field.</summary>
    public static string? Find(string field) => Labels.GetValueOrDefault(field);

    /// <summary>The Chinese name of a field of <see cref="FactFields"/>.</summary>
    public static string Label(string field) =>
        Find(field) ?? throw new ArgumentOutOfRangeException(nameof(field), field, "这个事实字段还没有中文名称（FactFieldWords）");
}
