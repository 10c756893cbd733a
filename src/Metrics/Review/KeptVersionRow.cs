using Metrics.Storage;

namespace Metrics.Review;

/// <summary>A kept text of an article as the review queue and the article page list it.</summary>
/// <param name="Id">The version.</param>
/// <param name="ArticleId">Its article.</param>
/// <param name="ArticleHeadline">The article's headline now.</param>
/// <param name="State">Superseded, held, accepted, dropped or restored.</param>
/// <param name="Title">The title that came with this text.</param>
/// <param name="Url">The url that came with it.</param>
/// <param name="Published">The publication date that came with it.</param>
/// <param name="TextLength">Characters of this text.</param>
/// <param name="CurrentTextLength">Characters of the article's text now.</param>
/// <param name="Opening">The first characters of this text.</param>
/// <param name="RecordedAtUtc">When it was replaced or held.</param>
/// <param name="HeldReason">Why it was held.</param>
/// <param name="DecidedBy">Who accepted, dropped or restored it.</param>
public sealed record KeptVersionRow(
    int Id,
    int ArticleId,
    string ArticleHeadline,
    ArticleVersionState State,
    string? Title,
    string? Url,
    DateOnly? Published,
    int TextLength,
    int CurrentTextLength,
    string Opening,
    DateTime RecordedAtUtc,
    string? HeldReason,
    string? DecidedBy);
