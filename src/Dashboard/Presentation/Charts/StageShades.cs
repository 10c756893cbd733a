using Metrics.Facts;
using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// How a chart tells project stages apart when it shows several: each stage a shade of the
/// district's colour (the first stage as is, later ones paler), and on lines a dash pattern.
/// </summary>
public static class StageShades
{
    /// <summary>Opacity of the part of a bar no person has checked (drawn hatched over this).</summary>
    public const float UnreviewedAlpha = 0.35f;

    /// <summary>The grey the legend shows stages and 未审核 in, apart from any district.</summary>
    public static Color Neutral { get; } = Color.FromHex("#7F7F7F");

    // How far each later stage is mixed towards white; four steps stay apart on both themes.
    private const double Step = 0.2;

    /// <summary>The colour of <paramref name="stage"/> among <paramref name="stages"/>: <paramref name="color"/> itself for the first or for a single stage.</summary>
    public static Color Of(Color color, ProjectStage? stage, IReadOnlyList<ProjectStage> stages)
    {
        var index = stage is { } s && stages.Count > 1 ? Math.Max(0, IndexOf(stages, s)) : 0;
        var towardsWhite = Math.Min(0.8, index * Step);
        return Mix(color, towardsWhite);
    }

    /// <summary>Solid for the first stage, then dashed, dotted, dash-dot.</summary>
    public static LinePattern LineOf(ProjectStage? stage, IReadOnlyList<ProjectStage> stages)
    {
        var index = stage is { } s && stages.Count > 1 ? Math.Max(0, IndexOf(stages, s)) : 0;
        return (index % 4) switch
        {
            0 => LinePattern.Solid,
            1 => LinePattern.Dashed,
            2 => LinePattern.Dotted,
            _ => LinePattern.DenselyDashed,
        };
    }

    private static int IndexOf(IReadOnlyList<ProjectStage> stages, ProjectStage stage)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] == stage)
            {
                return i;
            }
        }

        return -1;
    }

    private static Color Mix(Color color, double towardsWhite) => new(
        (byte)Math.Round(color.R + ((255 - color.R) * towardsWhite)),
        (byte)Math.Round(color.G + ((255 - color.G) * towardsWhite)),
        (byte)Math.Round(color.B + ((255 - color.B) * towardsWhite)));
}
