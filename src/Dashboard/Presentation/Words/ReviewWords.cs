using Metrics.Queries;
using Metrics.Review;

namespace Dashboard.Presentation.Words;

/// <summary>How the review pages write a fact in one line, its amounts, and the review rules' names.</summary>
internal static class ReviewWords
{
    /// <summary>通州区 · 2023-02-11 · 开工 · 16个项目 · 83.2亿元, in the words of the fact components.</summary>
    public static string Summary(FactRow fact)
    {
        string?[] parts =
        [
            FactValues.District(fact),
            FactValues.Date(fact),
            FactValues.What(fact),
            fact.Chair is { } chair ? $"主持：{chair}" : null,
            FactValues.Count(fact),
            fact.Projects.Count > 0 ? string.Join("、", fact.Projects) : null,
            FactValues.Amount(fact),
            fact.MemberOfBatch ? "批次成员" : null,
        ];
        return string.Join(" · ", parts.OfType<string>());
    }

    public static string Reason(ReviewReason reason) => reason switch
    {
        ReviewReason.UnknownDate => "日期不详",
        ReviewReason.AmbiguousDate => "日期存疑",
        ReviewReason.NoDistrict => "无区县",
        ReviewReason.ConflictingAmount => "金额冲突",
        ReviewReason.NearDuplicate => "疑似重复",
        ReviewReason.DatedAfterPublication => "晚于发布日期",
        ReviewReason.Unreviewed => "待审核",
        _ => reason.ToString(),
    };

    public static string Action(string action) => action switch
    {
        AuditActions.Edit => "更正",
        AuditActions.Confirm => "确认",
        AuditActions.Reject => "驳回",
        AuditActions.Add => "人工添加",
        AuditActions.SetPublished => "修改发布日期",
        AuditActions.Import => "导入",
        AuditActions.AcceptVersion => "采用暂缓的文本",
        AuditActions.DropVersion => "放弃暂缓的文本",
        AuditActions.RestoreVersion => "恢复旧版本",
        _ => action,
    };
}
