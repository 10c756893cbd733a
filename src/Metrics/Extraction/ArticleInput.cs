namespace Metrics.Extraction;

/// <summary>
/// What the extractor reads: the article text as stored, its publication date (the anchor of relative dates) and metadata;
/// the address it came from tells the district of a district's own site (www.rugao.gov.cn).
/// </summary>
public sealed record ArticleInput(string Text, DateOnly? Published, string? Title = null, string? Publisher = null, string? Url = null);
