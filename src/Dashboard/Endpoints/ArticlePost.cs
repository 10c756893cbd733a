namespace Dashboard.Endpoints;

/// <summary>The body of <c>POST /api/articles</c>; <c>format</c> is optional (<c>txt</c> by default, or <c>md</c>, <c>html</c>).</summary>
internal sealed record ArticlePost(string? Text, string? Title, string? Published, string? Publisher, string? Url, string? Format);
