using Metrics.Queries;

namespace Metrics.Review;

/// <summary>A fact that needs a person, why, and the other fact it is compared with for the pair rules.</summary>
public sealed record ReviewItem(ReviewReason Reason, FactRow Fact, FactRow? Other);
