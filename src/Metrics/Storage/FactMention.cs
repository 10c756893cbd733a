namespace Metrics.Storage;

/// <summary>One article's report of a canonical <see cref="Fact"/>: where it says so, and what the extractor read there.</summary>
public sealed class FactMention
{
    public int Id { get; set; }

    public int FactId { get; set; }

    public Fact Fact { get; set; } = null!;

    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>The evidence sentence as the article gives it.</summary>
    public required string Evidence { get; set; }

    /// <summary>Offset of <see cref="Evidence"/> in the article text.</summary>
    public int EvidenceStart { get; set; }

    public int EvidenceLength { get; set; }

    /// <summary>The extracted fact as the gold schema's JSON: what the extractor read, whatever a reviewer made of it.</summary>
    public required string ExtractedJson { get; set; }

    /// <summary>The extracted values that identify this mention on re-extraction of the same article.</summary>
    public required string Signature { get; set; }
}
