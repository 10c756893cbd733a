using System.Text.Json.Serialization;
using Metrics.Facts;

namespace Metrics.Queries;

/// <summary>Where a fact is reported: the article and the evidence in it.</summary>
/// <param name="ArticleId">The stored article.</param>
/// <param name="Title">The article's headline, if known.</param>
/// <param name="Publisher">Who published it, if known.</param>
/// <param name="Published">When, if known.</param>
/// <param name="Url">Where it came from, if known.</param>
/// <param name="Evidence">The sentence the fact was read from.</param>
/// <param name="EvidenceStart">Offset of the evidence in the article text.</param>
/// <param name="EvidenceLength">Length of the evidence.</param>
public sealed record FactSource(
    int ArticleId, string? Title, string? Publisher, DateOnly? Published, string? Url, string Evidence, int EvidenceStart, int EvidenceLength);

/// <summary>A canonical fact with every field of the gold schema, its review status and the articles reporting it.</summary>
/// <remarks>Its JSON gives the id first, the precision after the date and the status, confidence and sources after the fields.</remarks>
public sealed record FactRow : FactFields
{
    [JsonPropertyOrder(-2)]
    public required int Id { get; init; }

    public required DatePrecision Precision { get; init; }

    [JsonPropertyOrder(1)]
    public required FactStatus Status { get; init; }

    /// <summary>How sure the extractor was (0 to 1); 1 for a fact a person entered or corrected.</summary>
    [JsonPropertyOrder(1)]
    public double Confidence { get; init; } = 1;

    /// <summary>Every article that reports the fact, oldest publication first.</summary>
    [JsonPropertyOrder(1)]
    public required IReadOnlyList<FactSource> Sources { get; init; }
}

/// <summary>One page of the facts behind a selection.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Facts per page.</param>
/// <param name="Total">Facts in the whole selection.</param>
/// <param name="Items">This page's facts, latest first.</param>
public sealed record FactPage(int Page, int PageSize, int Total, IReadOnlyList<FactRow> Items);
