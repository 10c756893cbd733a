using System.Globalization;
using Metrics.Facts;

namespace Metrics.Extraction.Dates;

/// <summary>
/// One date expression found in a text, with the calendar span it resolves to.
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="Length"/> index the text given to
/// <see cref="DateResolver.FindAll"/>, and <see cref="Text"/> is exactly that slice.
/// The range is inclusive. A period summary (<see cref="IsPeriod"/>) or a deadline is
/// dated by the end of its span, anything else by its start, as the gold schema wants:
/// <c>上半年</c> → <c>2023-Q2</c>, <c>6月29日至30日</c> → <c>2023-06-29</c>.
/// </remarks>
public sealed record DateMention
{
    /// <summary>Offset of the first character of the mention in the input.</summary>
    public required int Start { get; init; }

    /// <summary>Number of characters of the mention in the input.</summary>
    public required int Length { get; init; }

    /// <summary>The mention as written, e.g. <c>2023年6月29日下午</c>.</summary>
    public required string Text { get; init; }

    /// <summary>First day of the span, or null when the mention cannot be resolved.</summary>
    public DateOnly? RangeStart { get; init; }

    /// <summary>Last day of the span (inclusive), or null when the mention cannot be resolved.</summary>
    public DateOnly? RangeEnd { get; init; }

    /// <summary>How precisely the gold date is known.</summary>
    public DatePrecision Precision { get; init; } = DatePrecision.Unknown;

    /// <summary>The span is an estimate: <c>近日</c>, <c>日前</c>, <c>年初</c>, <c>月底</c>, <c>3月左右</c>.</summary>
    public bool IsVague { get; init; }

    /// <summary>
    /// The clause before the mention marks it as future (<c>将于12日</c>, <c>计划</c>,
    /// <c>预计</c>, <c>力争</c>…), 将 / 拟 follows it directly (<c>12日将举行</c>), or the
    /// mention itself points forward (<c>下周一</c>, <c>明年</c>).
    /// </summary>
    public bool IsFutureMarked { get; init; }

    /// <summary>
    /// The mention names whole months or more, or a span up to a point: <c>2022年</c>,
    /// <c>上半年</c>, <c>1至5月</c>, <c>前三季度</c>, <c>今年以来</c>, <c>截至6月底</c>.
    /// </summary>
    public bool IsPeriod { get; init; }

    /// <summary>The mention is a target date to be met by its end: <c>到2025年</c>, <c>年内</c>, <c>年底前</c>.</summary>
    public bool IsDeadline { get; init; }

    /// <summary>
    /// Resolving the mention needed the publication date or an earlier date in the text
    /// (<c>10日</c>, <c>昨日</c>, <c>当天</c>); false for <c>2023年6月29日</c>.
    /// </summary>
    public bool IsRelative { get; init; }

    /// <summary>
    /// The day that dates the mention in the gold schema: the end of a period or
    /// deadline, the start of anything else. Null when unresolved.
    /// </summary>
    public DateOnly? GoldDay => IsPeriod || IsDeadline ? RangeEnd : RangeStart;

    /// <summary>
    /// The gold schema's <c>date</c>: <c>2023-06-29</c>, <c>2023-06</c>, <c>2023-Q1</c> or
    /// <c>2023</c> by <see cref="Precision"/>; null when the precision is unknown.
    /// </summary>
    public string? GoldDate => GoldDay is not { } day ? null : Precision switch
    {
        DatePrecision.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-Q{(day.Month + 2) / 3}"),
        DatePrecision.Year => day.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The gold schema's <c>precision</c>: day, month, quarter, year or unknown.</summary>
    public string GoldPrecision => GoldDate is null ? "unknown" : Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Quarter => "quarter",
        _ => "year",
    };
}
