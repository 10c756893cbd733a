namespace Dashboard.Presentation.Charts;

/// <summary>The CJK font every chart draws with, as registered with ScottPlot.</summary>
/// <param name="FamilyName">The name ScottPlot resolves the font by.</param>
/// <param name="FilePath">Absolute path of the TTF file it was registered from.</param>
/// <param name="BaselineShiftEm">
/// How far, in em, ScottPlot draws this font's text above its proper place: the font's
/// bounding-box bottom minus its descent (see <see cref="CjkBaselineCorrection"/>).
/// </param>
public sealed record ChartFont(string FamilyName, string FilePath, float BaselineShiftEm);
