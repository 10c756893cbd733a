using ScottPlot;

namespace Dashboard.Components.Charts;

/// <summary>
/// The fixed series colours (Tableau 10): distinguishable, readable on white and dark, and
/// the same in the HTML legend as in the chart because both read this list.
/// </summary>
public static class ChartPalette
{
    /// <summary>Series colours as <c>#RRGGBB</c>, in assignment order.</summary>
    public static IReadOnlyList<string> Hex { get; } =
    [
        "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
        "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC",
    ];

    /// <summary>The colour of the series at <paramref name="index"/>; wraps around after ten series.</summary>
    public static string HexAt(int index) => Hex[index % Hex.Count];

    /// <summary>The ScottPlot colour of the series at <paramref name="index"/>.</summary>
    public static Color ColorAt(int index) => Color.FromHex(HexAt(index));
}
