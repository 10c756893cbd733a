namespace Metrics.Queries;

/// <summary>What the article list is narrowed to; every member optional.</summary>
public sealed record ArticleSearch
{
    /// <summary>Text the headline contains (an article without one: the start of its text).</summary>
    public string? Title { get; init; }

    /// <summary>Articles reporting a fact in one of these districts (as stored: 港闸区 is its own); empty = all.</summary>
    public IReadOnlyList<string> Districts { get; init; } = [];

    /// <summary>First publication day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last publication day, inclusive.</summary>
    public DateOnly? To { get; init; }
}

/// <summary>One row of the article list.</summary>
/// <param name="Id">The stored article, for <c>/articles/{id}</c>.</param>
/// <param name="Headline">The title, or the first heading or line of the text when the source gave none.</param>
/// <param name="Publisher">Who published it, if known.</param>
/// <param name="Published">When, if known.</param>
/// <param name="Url">Where it came from, if known.</param>
/// <param name="Facts">Canonical facts it reports that are not rejected.</param>
/// <param name="Districts">The districts of those facts, in gazetteer order (a fact without one adds none).</param>
public sealed record ArticleListItem(
    int Id, string Headline, string? Publisher, DateOnly? Published, string? Url, int Facts, IReadOnlyList<string> Districts);

/// <summary>One page of the article list, latest publication first.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Articles per page.</param>
/// <param name="Total">Articles matching the whole search.</param>
/// <param name="Items">This page's articles.</param>
public sealed record ArticlePage(int Page, int PageSize, int Total, IReadOnlyList<ArticleListItem> Items);
