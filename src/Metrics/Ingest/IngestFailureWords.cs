using System.Text.RegularExpressions;

namespace Metrics.Ingest;

/// <summary>
/// An <see cref="IngestFailure"/> reason (one English line, as the readers write it) said in
/// Chinese for the import page and the <c>import</c> verb; a reason it does not know keeps its
/// English after a Chinese lead.
/// </summary>
public static partial class IngestFailureWords
{
    public static string Chinese(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason switch
        {
            "empty file" => "空文件",
            "empty path" => "路径为空",
            "no such file or folder" => "文件或文件夹不存在",
            "no article text" or "no article text after the front matter" or "no text in the HTML page" or "no text left once the HTML tags are removed" => "没有正文",
            "invalid UTF-8 and not valid GB18030" => "编码无法识别（既不是 UTF-8，也不是 GB18030/GBK）",
            _ when reason.StartsWith("binary", StringComparison.Ordinal) => "二进制文件，不是文本",
            _ when reason.StartsWith("looks like UTF-16 without a byte-order mark", StringComparison.Ordinal) => "疑似无 BOM 的 UTF-16 文本：请另存为 UTF-8，或带 BOM 的 UTF-16",
            _ when reason.StartsWith("unsupported file type .json", StringComparison.Ordinal) => "不支持 .json 文件（.meta.json 附带文件随文章一起读取）",
            _ when reason.StartsWith("unsupported", StringComparison.Ordinal) => "不支持的文件类型（应为 .txt、.md、.html 或 .htm）",
            _ when reason.StartsWith("malformed sidecar", StringComparison.Ordinal) || reason.StartsWith("cannot read sidecar", StringComparison.Ordinal)
                || reason.StartsWith("sidecar", StringComparison.Ordinal) => $"附带的 .meta.json 文件有误（{reason}）",
            _ when SizeOver().Match(reason) is { Success: true } m => $"超过大小上限 {m.Groups["limit"].Value} 字节（Dashboard:MaxArticleBytes）",
            _ when reason.StartsWith("cannot", StringComparison.Ordinal) => $"无法读取（{reason}）",
            _ => $"无法导入（{reason}）",
        };
    }

    [GeneratedRegex(@"over the (?<limit>[\d,]+)-byte limit")]
    private static partial Regex SizeOver();
}
