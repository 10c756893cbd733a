using Metrics.Queries;

namespace Metrics.Review;

/// <summary>A fact that needs a person, why, and the other fact it is compared with for the pair rules.</summary>
/// <param name="Reason">Why it is listed.</param>
/// <param name="Fact">The fact.</param>
/// <param name="Other">The other fact of a pair rule.</param>
/// <param name="Impact">How much checking it matters (<see cref="ReviewImpact"/>): the queue starts with the highest.</param>
public sealed record ReviewItem(ReviewReason Reason, FactRow Fact, FactRow? Other, double Impact = 0);
