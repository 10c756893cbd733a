namespace Metrics.Extraction.Dates;

/// <summary>
/// A date expression the scanner recognised at <see cref="Start"/>..<see cref="End"/>
/// (end exclusive) of the folded text, before it is resolved.
/// </summary>
/// <param name="Syntax">What the expression says.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="IsApproximate">Written as an estimate: <c>3月左右</c>, <c>6月29日前后</c>.</param>
internal sealed record DateMatch(DateSyntax Syntax, int Start, int End, bool IsApproximate);
