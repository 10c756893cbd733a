using System.Globalization;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Queries;
using Metrics.Storage;

namespace Dashboard.Presentation.Words;

/// <summary>How one fact reads on screen: what happened, when (as precise as the source), how many, how much.</summary>
public static class FactValues
{
    /// <summary>The date as the source gives it (<c>2023-02-11</c>, <c>2023-02</c>, <c>2023-Q1</c>, <c>2023</c>), or 日期不详.</summary>
    public static string Date(FactRow fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return string.IsNullOrEmpty(fact.Date) ? "日期不详" : fact.Date;
    }

    /// <summary>The district, or 无区县 for a fact whose article does not tell it.</summary>
    public static string District(FactRow fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.District == Fact.NoDistrict ? "无区县" : fact.District;
    }

    /// <summary>The stage (开工) or the meeting kind (常委会会议); 自报总数 is added for a period summary.</summary>
    public static string What(FactRow fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Type == FactType.Meeting)
        {
            return fact.Kind is { } kind ? FactWords.Kind(kind) : "会议";
        }

        var stage = fact.Stage is { } s ? FactWords.Stage(s) : "项目";
        return fact.Scope == FactScope.Period ? $"{stage}（自报总数）" : stage;
    }

    /// <summary>
    /// What the fact adds to the project count: <c>16个项目</c>; <c>1个项目</c> for a named single
    /// project without a count (the counting rule); <c>项目数不详</c> when it adds nothing for want
    /// of a count; null for meetings and batch members without a count.
    /// </summary>
    public static string? Count(FactRow fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact switch
        {
            { ProjectCount: { } count } => string.Create(CultureInfo.InvariantCulture, $"{count}个项目"),
            { Type: not FactType.ProjectEvent } or { MemberOfBatch: true } => null,
            { Projects.Count: 1 } => "1个项目",
            _ => "项目数不详",
        };
    }

    /// <summary>
    /// The total investment as the source qualifies it: <c>83.2亿元</c>, <c>≥100亿元</c> (超百亿),
    /// <c>约40亿元</c>, <c>15亿–20亿元</c>, <c>≤5亿元</c>; null when the fact gives no amount.
    /// </summary>
    public static string? Amount(FactRow fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.InvestmentYuan is not { } yuan)
        {
            return null;
        }

        var value = ChartWords.Yi(yuan);
        return fact.Qualifier switch
        {
            AmountQualifier.AtLeast => $"≥{value}亿元",
            AmountQualifier.About => $"约{value}亿元",
            AmountQualifier.AtMost => $"≤{value}亿元",
            AmountQualifier.Range when fact.InvestmentYuanMax is { } max => $"{value}亿–{ChartWords.Yi(max)}亿元",
            AmountQualifier.Range => $"≥{value}亿元",
            _ => $"{value}亿元",
        };
    }
}
