using Metrics.Facts;

namespace Metrics.Extraction.Dates;

/// <summary>An inclusive calendar span and how precisely the gold schema knows it.</summary>
internal readonly record struct ResolvedSpan(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    /// <summary>The coarser of two precisions (a range of a day and a month is known to the month).</summary>
    public static DatePrecision Coarser(DatePrecision a, DatePrecision b) => (DatePrecision)Math.Max((int)a, (int)b);
}
