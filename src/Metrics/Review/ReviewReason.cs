namespace Metrics.Review;

/// <summary>Why a fact is in the review queue.</summary>
public enum ReviewReason
{
    /// <summary>No usable date: it is counted in no period.</summary>
    UnknownDate,

    /// <summary>A date that may be wrong: known only to the year for a single event, or resolved without the article's publication date.</summary>
    AmbiguousDate,

    /// <summary>A district the database does not know (left empty, or a name no district has).</summary>
    NoDistrict,

    /// <summary>Another report of the same event (same district, stage, scope, count, dates one inside the other) gives another amount.</summary>
    ConflictingAmount,

    /// <summary>Another fact of the same district and kind or stage, dated within a few days, may be the same event counted twice.</summary>
    NearDuplicate,

    /// <summary>Dated after every report of it was published: a plan or target read as an event, or a wrong year.</summary>
    DatedAfterPublication,

    /// <summary>No rule flags it, but no person has checked it yet: every newly imported fact waits here.</summary>
    Unreviewed,
}
