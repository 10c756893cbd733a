using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Dashboard.Presentation.Charts;

/// <summary>The look every dashboard chart shares: bundled font, period ticks, count ticks.</summary>
public static class ChartStyle
{
    /// <summary>
    /// Sets the bundled CJK font on title, axis labels and tick labels and corrects where
    /// ScottPlot places their baselines (<see cref="CjkBaselineCorrection"/>). Call last, after
    /// every axis and label exists. Needs <see cref="ChartFonts.EnsureRegistered"/>.
    /// </summary>
    public static void ApplyBundledFont(Plot plot)
    {
        var font = ChartFonts.Registered;
        plot.Font.Set(font.FamilyName);
        CjkBaselineCorrection.Apply(plot, font.BaselineShiftEm);
    }

    /// <summary>Labels the x axis by period (<c>2020</c>, <c>2020-Q1</c>, <c>2020-06</c>) for x = <see cref="PeriodPositions"/>.</summary>
    public static void UsePeriodTicks(IXAxis axis, PeriodInterval interval) =>
        axis.TickGenerator = new PeriodTickGenerator(interval);

    /// <summary>Whole-number ticks without thousands separators (<c>2019</c>, never <c>2,019</c> or <c>0.5</c>).</summary>
    public static void UseCountTicks(IYAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = FormatCount };

    /// <summary>A tick value as a whole number, invariant digits, no separators.</summary>
    public static string FormatCount(double value) =>
        ((long)Math.Round(value, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
