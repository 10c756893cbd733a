using Metrics.Ingest;

namespace Metrics.Import;

/// <summary>What importing one article did to the database.</summary>
public enum ImportOutcome
{
    /// <summary>A new article was stored.</summary>
    Added,

    /// <summary>The same text was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>A changed text at an already known url replaced the old one, which is kept as a version.</summary>
    Updated,

    /// <summary>A changed text at a known url looked wrong (much shorter, an error page): kept as a held version for review; the article is unchanged.</summary>
    Held,
}

/// <summary>The stored article's id, what happened to it, and the facts it reports (none when unchanged or held).</summary>
/// <param name="ArticleId">The stored article.</param>
/// <param name="Outcome">Added, unchanged, updated or held.</param>
/// <param name="NewFacts">Canonical facts this article brought in first.</param>
/// <param name="KnownFacts">Its reports of facts already stored (from another article, or from its own earlier text).</param>
/// <param name="Before">The article before an update or a hold; null for a new one.</param>
/// <param name="VersionId">The version kept: the replaced text (updated) or the held one (held, or the same held text sent again).</param>
/// <param name="HeldReason">Why the text was held.</param>
public sealed record ArticleImportResult(
    int ArticleId, ImportOutcome Outcome, int NewFacts = 0, int KnownFacts = 0, ArticleState? Before = null, int? VersionId = null, string? HeldReason = null)
{
    /// <summary>What a person should know about the stored article (<see cref="ImportWarnings"/>); none when unchanged.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Every fact the article reports.</summary>
    public int Facts => NewFacts + KnownFacts;
}

/// <summary>One input of a run and what storing it did; <paramref name="Result"/> is null when the input could not be read.</summary>
public sealed record ArticleImportStep(IngestResult Input, ArticleImportResult? Result);
