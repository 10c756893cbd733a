using Metrics.Storage;

namespace Dashboard.Components.Pages.Review;

/// <summary>How the pages name a kept text's state and why a text was held.</summary>
internal static class VersionWords
{
    public static string State(ArticleVersionState state) => state switch
    {
        ArticleVersionState.Superseded => "旧版本",
        ArticleVersionState.Held => "暂缓待审",
        ArticleVersionState.Accepted => "已采用",
        ArticleVersionState.Dropped => "已放弃",
        ArticleVersionState.Restored => "已恢复",
        _ => state.ToString(),
    };

    /// <summary><c>error-page: 404 Not Found</c> → 像错误页面（“404 Not Found”）; <c>shrunk: 1200 → 40</c> → 比已存文本短一半以上（1200 → 40 字）.</summary>
    public static string HeldReason(string? reason) => reason switch
    {
        null => "",
        _ when reason.StartsWith("error-page: ", StringComparison.Ordinal) => $"像错误页面（“{reason["error-page: ".Length..]}”）",
        _ when reason.StartsWith("shrunk: ", StringComparison.Ordinal) => $"比已存文本短一半以上（{reason["shrunk: ".Length..]} 字）",
        _ => reason,
    };
}
