using Metrics.Queries;

namespace Dashboard.Endpoints;

/// <summary>The body of <c>POST /api/articles</c>; <c>format</c> is optional (<c>txt</c> by default, or <c>md</c>, <c>html</c>).</summary>
internal sealed record ArticlePost(string? Text, string? Title, string? Published, string? Publisher, string? Url, string? Format);

/// <summary>The answer of <c>POST /api/articles</c>: the article, what the import did, its facts now, the held text if any, and warnings.</summary>
internal sealed record ArticlePosted(int Id, string Outcome, IReadOnlyList<FactRow> Facts, HeldText? Held, IReadOnlyList<string> Warnings);

/// <summary>A text held for review instead of replacing the article: the version it waits in and why.</summary>
internal sealed record HeldText(int? VersionId, string? Reason);
