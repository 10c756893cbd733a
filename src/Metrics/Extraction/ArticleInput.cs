namespace Metrics.Extraction;

/// <summary>What the extractor reads: the article text as stored, its publication date (the anchor of relative dates) and metadata.</summary>
public sealed record ArticleInput(string Text, DateOnly? Published, string? Title = null, string? Publisher = null);
