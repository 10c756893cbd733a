using Metrics.Extraction.Facts;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Storage;

namespace Dashboard.Presentation.Words;

/// <summary>
/// The audit log's field names and coded values in the words of the fact editor and the import
/// page (审核状态: 待审核 → 已更正), so staff read a change without knowing the JSON names. The JSON
/// before and after keeps the stored names.
/// </summary>
internal static class AuditWords
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["status"] = "审核状态",
        ["evidence"] = "证据原文",
        ["sourceName"] = "文件名",
        ["title"] = "标题",
        ["publisher"] = "来源",
        ["published"] = "发布日期",
        ["url"] = "网址",
        ["outcome"] = "结果",
        ["facts"] = "事实数",
        ["contentHash"] = "正文哈希",
        ["textLength"] = "正文字数",
        ["versionId"] = "版本",
        ["heldReason"] = "暂缓原因",
        ["restoredVersionId"] = "恢复的版本",
        ["replacedVersionId"] = "替换下的版本",
    };

    /// <summary>The field's Chinese name (a fact's fields are named in <see cref="FactFieldWords"/>); a field neither knows keeps its own.</summary>
    public static string Label(string field) => Labels.GetValueOrDefault(field) ?? FactFieldWords.Find(field) ?? field;

    /// <summary>A value as the pages show it: enum names in Chinese, 是/否, and — for nothing.</summary>
    public static string Value(string field, string? value) => (field, value) switch
    {
        (_, null or "") => "—",
        ("status", _) when Enum.TryParse<FactStatus>(value, out var status) => FactWords.Status(status),
        ("type", _) when Enum.TryParse<FactType>(value, out var type) => FactWords.Type(type),
        ("kind", _) when Enum.TryParse<MeetingKind>(value, out var kind) => FactWords.Kind(kind),
        ("stage", _) when Enum.TryParse<ProjectStage>(value, out var stage) => FactWords.Stage(stage),
        ("scope", _) when Enum.TryParse<FactScope>(value, out var scope) => FactWords.Scope(scope),
        ("qualifier", _) when Enum.TryParse<AmountQualifier>(value, out var qualifier) => FactWords.Qualifier(qualifier),
        ("investmentYuan" or "investmentYuanMax" or "plannedThisYearYuan", _) when long.TryParse(value, out var yuan) => Dashboard.Presentation.Words.FigureWords.Amount(yuan),
        ("outcome", nameof(ImportOutcome.Added)) => "已新增",
        ("outcome", nameof(ImportOutcome.Updated)) => "已更新",
        ("outcome", nameof(ImportOutcome.Unchanged)) => "未变化",
        ("outcome", nameof(ImportOutcome.Held)) => "暂缓待审",
        (_, "true") => "是",
        (_, "false") => "否",
        _ => value,
    };
}
