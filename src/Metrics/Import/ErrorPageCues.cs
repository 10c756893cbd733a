namespace Metrics.Import;

/// <summary>
/// Words that mark a page a server sent instead of the article (a 404 page, a maintenance notice):
/// a re-import whose title or opening says one of them is held for review, not applied.
/// Add a cue when a new error page slips through; each one is a phrase no article opens with.
/// </summary>
public static class ErrorPageCues
{
    /// <summary>How much of the text's opening is searched: an error page says so at once, an article that quotes one does later.</summary>
    public const int OpeningLength = 300;

    public static IReadOnlyList<string> All { get; } =
    [
        "404 Not Found",
        "403 Forbidden",
        "500 Internal Server Error",
        "502 Bad Gateway",
        "503 Service Unavailable",
        "Page Not Found",
        "Access Denied",
        "页面不存在",
        "网页不存在",
        "页面未找到",
        "找不到页面",
        "找不到该页面",
        "您访问的页面",
        "访问出错",
        "访问的页面不存在",
        "页面出错",
        "服务器错误",
        "该文章已被删除",
        "内容已删除",
        "系统维护中",
    ];

    /// <summary>The first cue in the title or the opening of the text, or null.</summary>
    public static string? Find(string? title, string text)
    {
        var opening = text.Length <= OpeningLength ? text : text[..OpeningLength];
        return All.FirstOrDefault(cue =>
            (title?.Contains(cue, StringComparison.OrdinalIgnoreCase) ?? false) || opening.Contains(cue, StringComparison.OrdinalIgnoreCase));
    }
}
