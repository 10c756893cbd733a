namespace Metrics.Storage;

/// <summary>Where a kept text of an article stands.</summary>
public enum ArticleVersionState
{
    /// <summary>A text the article had before a later one replaced it; staff can restore it.</summary>
    Superseded,

    /// <summary>An incoming text that looked wrong (much shorter, or an error page): waits in the review queue; the article keeps its text.</summary>
    Held,

    /// <summary>A held text staff accepted: it became the article's text.</summary>
    Accepted,

    /// <summary>A held text staff dropped: kept, never applied.</summary>
    Dropped,

    /// <summary>A superseded text staff brought back as the article's text.</summary>
    Restored,
}
