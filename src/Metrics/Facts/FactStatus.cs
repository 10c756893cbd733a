namespace Metrics.Facts;

/// <summary>Where a fact stands in the review workflow. Only <see cref="Extracted"/> facts may be changed or removed by an import.</summary>
public enum FactStatus
{
    /// <summary>Found by the extractor, not yet reviewed.</summary>
    Extracted,

    /// <summary>A reviewer checked the extracted values and kept them.</summary>
    Confirmed,

    /// <summary>A reviewer changed values; the corrected values are the fact's own.</summary>
    Corrected,

    /// <summary>A reviewer decided it is no fact: kept so that re-extraction cannot bring it back, never counted.</summary>
    Rejected,

    /// <summary>Entered by hand.</summary>
    Manual,
}
