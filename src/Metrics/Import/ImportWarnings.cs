using Metrics.Extraction.Facts;

namespace Metrics.Import;

/// <summary>
/// What an import tells a person about an article whose facts will not all count: no publication
/// date (relative dates cannot be resolved), facts without a date, facts without a district. In
/// Chinese, for the import page, the <c>import</c> verb and <c>POST /api/articles</c>.
/// </summary>
public static class ImportWarnings
{
    /// <summary>The warnings for an article with or without a publication date and the facts extracted from it.</summary>
    public static IReadOnlyList<string> For(DateOnly? published, IReadOnlyList<ExtractedFact> facts)
    {
        var warnings = new List<string>();
        var undated = facts.Count(f => f.Date is null);
        var noDistrict = facts.Count(f => string.IsNullOrEmpty(f.District));
        if (published is null)
        {
            warnings.Add(undated > 0
                ? $"未找到发布日期：其中 {undated} 条事实无法归入任何时段"
                : "未找到发布日期：“10日”“昨日”等相对日期无从推算，请在文章页设定发布日期");
        }
        else if (undated > 0)
        {
            warnings.Add($"有 {undated} 条事实没有日期，无法归入任何时段");
        }

        if (noDistrict > 0)
        {
            warnings.Add($"有 {noDistrict} 条事实没有区县，未计入统计：请在文章页设定区县");
        }

        return warnings;
    }
}
