namespace Metrics.Extraction.Numbers;

/// <summary>The role of an amount and the evidence for it.</summary>
/// <param name="Role">What the amount measures.</param>
/// <param name="Cue">The vocabulary cue that decided the role ("总投资", "完成…投资"), or null.</param>
/// <param name="CueStart">Offset of the cue in the text, or -1.</param>
/// <param name="IsPart">
/// A part of a total given in the same sentence, not to be added to it: after 其中 ("总投资5亿元，
/// 其中一期投资2亿元") or for a phase (一期, 二期).
/// </param>
/// <param name="PerUnit">Unit of a per-unit rate from the cue ("亩" for 亩均税收) or the amount ("年" for "/年"), or null.</param>
public sealed record AmountRoleMatch(AmountRole Role, string? Cue, int CueStart, bool IsPart, string? PerUnit);
