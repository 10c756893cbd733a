using ScottPlot;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// The series colours. A district always has its own colour, whatever else a chart shows, so
/// charts compared side by side or across slides agree; any other series (publishers, say)
/// takes Tableau 10 colours in its order. Charts, legends, tooltips and images all ask
/// <see cref="HexOf"/>, so the rule lives here once.
/// </summary>
public static class ChartPalette
{
    /// <summary>Colours of series that are not districts, as <c>#RRGGBB</c>, in assignment order (Tableau 10).</summary>
    public static IReadOnlyList<string> Hex { get; } =
    [
        "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
        "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC",
    ];

    /// <summary>
    /// The fixed colour of each of the 13 districts: Tableau 10, then violet, magenta and olive.
    /// </summary>
    /// <remarks>
    /// Tableau 20's light tints (#A0CBE8, #FFBE7D, #8CD17D) were the obvious extras but sit
    /// close to their Tableau 10 partners (CIE76 ΔE 17.7) and fade on white (contrast 1.6-1.8).
    /// These three keep every pair at least ΔE 25.9 apart (Tableau 10's own closest pair) and
    /// each of them at least ΔE 33.9 from all others, with contrast at least 2.17 against both
    /// chart backgrounds (white, #373740).
    /// </remarks>
    public static IReadOnlyDictionary<string, string> DistrictHex { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["南通市"] = "#4E79A7",
        ["崇川区"] = "#F28E2B",
        ["港闸区"] = "#E15759",
        ["通州区"] = "#76B7B2",
        ["海门区"] = "#59A14F",
        ["海安市"] = "#EDC948",
        ["如皋市"] = "#B07AA1",
        ["如东县"] = "#FF9DA7",
        ["启东市"] = "#9C755F",
        ["南通经济技术开发区"] = "#BAB0AC",
        ["通州湾示范区"] = "#A463F2",
        ["苏锡通科技产业园区"] = "#C71585",
        ["南通创新区"] = "#808000",
    };

    /// <summary>
    /// The colour of a series as <c>#RRGGBB</c>: the district's own colour when
    /// <paramref name="series"/> names a district (by its gold-schema name, not a display name),
    /// else the colour of position <paramref name="index"/> in <see cref="Hex"/>, wrapping after ten.
    /// </summary>
    public static string HexOf(string series, int index) =>
        DistrictHex.TryGetValue(series, out var hex) ? hex : Hex[index % Hex.Count];

    /// <summary>The ScottPlot colour of <see cref="HexOf"/>.</summary>
    public static Color ColorOf(string series, int index) => Color.FromHex(HexOf(series, index));
}
