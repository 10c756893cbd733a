using Metrics.Extraction.Numbers;
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
public sealed record FactRow
{
    public required int Id { get; init; }

    public required FactType Type { get; init; }

    /// <summary>The district as stored (as the boundaries of the fact's date have it).</summary>
    public required string District { get; init; }

    public required string? Date { get; init; }

    public required DatePrecision Precision { get; init; }

    public MeetingKind? Kind { get; init; }

    public string? Chair { get; init; }

    public ProjectStage? Stage { get; init; }

    public FactScope? Scope { get; init; }

    public int? ProjectCount { get; init; }

    public long? InvestmentYuan { get; init; }

    public long? InvestmentYuanMax { get; init; }

    public AmountQualifier? Qualifier { get; init; }

    public string? InvestmentOriginal { get; init; }

    public long? PlannedThisYearYuan { get; init; }

    public required IReadOnlyList<string> Projects { get; init; }

    public bool MemberOfBatch { get; init; }

    public required FactStatus Status { get; init; }

    /// <summary>How sure the extractor was (0 to 1); 1 for a fact a person entered or corrected.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>Every article that reports the fact, oldest publication first.</summary>
    public required IReadOnlyList<FactSource> Sources { get; init; }
}

/// <summary>One page of the facts behind a selection.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Facts per page.</param>
/// <param name="Total">Facts in the whole selection.</param>
/// <param name="Items">This page's facts, latest first.</param>
public sealed record FactPage(int Page, int PageSize, int Total, IReadOnlyList<FactRow> Items);
