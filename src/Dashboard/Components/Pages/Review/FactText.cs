using System.Globalization;
using Dashboard.Components.Facts;
using Metrics.Extraction.Numbers;
using Metrics.Queries;
using Metrics.Review;
using Metrics.Storage;

namespace Dashboard.Components.Pages.Review;

/// <summary>How the review pages write a fact in one line, its amounts, and the review rules' names.</summary>
internal static class FactText
{
    /// <summary>通州区 · 2023-02-11 · 开工 · 16个项目 · 83.2亿元 (the date as precise as stored).</summary>
    public static string Summary(FactRow fact)
    {
        var parts = new List<string> { fact.District.Length > 0 ? fact.District : "（无区县）", fact.Date ?? "日期不详" };
        if (fact.Type == FactType.Meeting)
        {
            parts.Add(fact.Kind is { } kind ? FactTerms.Kind(kind) : "会议");
            if (fact.Chair is { } chair)
            {
                parts.Add($"主持：{chair}");
            }
        }
        else
        {
            parts.Add((fact.Stage is { } stage ? FactTerms.Stage(stage) : "项目") + (fact.Scope == Metrics.Extraction.Facts.FactScope.Period ? "（期间汇总）" : ""));
            if (fact.ProjectCount is { } count)
            {
                parts.Add($"{count}个项目");
            }

            if (fact.Projects.Count > 0)
            {
                parts.Add(string.Join("、", fact.Projects));
            }

            if (fact.InvestmentYuan is { } yuan)
            {
                parts.Add(Amount(yuan, fact.InvestmentYuanMax, fact.Qualifier));
            }

            if (fact.MemberOfBatch)
            {
                parts.Add("批次成员");
            }
        }

        return string.Join(" · ", parts);
    }

    /// <summary>83.2亿元, 超100亿元, 15亿–20亿元, 3000万元; whole yuan below 10,000.</summary>
    public static string Amount(long yuan, long? max = null, AmountQualifier? qualifier = null)
    {
        var text = Yuan(yuan);
        return qualifier switch
        {
            AmountQualifier.AtLeast => "超" + text,
            AmountQualifier.About => "约" + text,
            AmountQualifier.AtMost => "不超过" + text,
            AmountQualifier.Range when max is { } upper => $"{text}–{Yuan(upper)}",
            _ => text,
        };
    }

    public static string Reason(ReviewReason reason) => reason switch
    {
        ReviewReason.UnknownDate => "日期不详",
        ReviewReason.AmbiguousDate => "日期存疑",
        ReviewReason.NoDistrict => "无区县",
        ReviewReason.ConflictingAmount => "金额冲突",
        ReviewReason.NearDuplicate => "疑似重复",
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
        _ => action,
    };

    private static string Yuan(long yuan) => yuan switch
    {
        >= 100_000_000 => (yuan / 100_000_000m).ToString("0.####", CultureInfo.InvariantCulture) + "亿元",
        >= 10_000 => (yuan / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "万元",
        _ => yuan.ToString(CultureInfo.InvariantCulture) + "元",
    };
}
