namespace Metrics.Review;

/// <summary>A review action that cannot be done as asked (unknown fact, bad values); the message says why, in Chinese.</summary>
public sealed class ReviewException(string message) : Exception(message);
