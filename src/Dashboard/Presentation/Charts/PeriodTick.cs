namespace Dashboard.Presentation.Charts;

/// <summary>A tick on a period axis: major ticks carry a label, minor ticks do not.</summary>
/// <param name="Position">Axis position of the period (see <see cref="PeriodPositions"/>).</param>
/// <param name="Label">The label, or null for a minor tick.</param>
public readonly record struct PeriodTick(int Position, string? Label)
{
    /// <summary>Whether the tick is labelled.</summary>
    public bool IsMajor => Label is not null;
}
