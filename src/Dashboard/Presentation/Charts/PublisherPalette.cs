using System.Text;

namespace Dashboard.Presentation.Charts;

/// <summary>
/// Colours of publishers (南通日报, 江海晚报…) on the overview. None is a district's colour (each at
/// least CIE76 ΔE 24 from all 13 of <see cref="ChartPalette.DistrictHex"/>, at least 26 from each
/// other, contrast at least 1.8 on both chart backgrounds), and a publisher's colour follows from
/// its name, not from its rank: Nantong's own papers and accounts have a fixed colour each, so adding
/// a publisher, or one overtaking another, never changes theirs. Any other publisher takes the colour
/// its name hashes to; only when that is already used in the same chart does it move on to the next
/// free one.
/// </summary>
public static class PublisherPalette
{
    /// <summary>The colours, as <c>#RRGGBB</c>.</summary>
    public static IReadOnlyList<string> Hex { get; } =
    [
        "#FF4500", "#9ACD32", "#00BFFF", "#16DB93", "#984EA3",
        "#B15928", "#F781BF", "#6495ED", "#1B9E77", "#8A2BE2",
    ];

    /// <summary>The publishers with a colour of their own: index into <see cref="Hex"/>.</summary>
    public static IReadOnlyDictionary<string, int> Known { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["南通日报"] = 0,
        ["江海晚报"] = 1,
        ["通州日报"] = 2,
        ["海门日报"] = 3,
        ["如皋日报"] = 4,
        ["启东日报"] = 5,
        ["海安日报"] = 6,
        ["如东日报"] = 7,
        ["南通发布"] = 8,
        ["崇川发布"] = 9,
    };

    /// <summary>The colour of each publisher of a chart, by name.</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<string> publishers)
    {
        ArgumentNullException.ThrowIfNull(publishers);
        var names = publishers.Distinct(StringComparer.Ordinal).ToList();
        var colours = names.Where(Known.ContainsKey).ToDictionary(p => p, p => Hex[Known[p]], StringComparer.Ordinal);
        var taken = names.Where(Known.ContainsKey).Select(p => Known[p]).ToHashSet();
        foreach (var (name, slot) in names.Where(p => !Known.ContainsKey(p)).Select(p => (Name: p, Slot: SlotOf(p))).OrderBy(p => p.Slot).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            var index = slot;
            // More publishers than colours share them again.
            for (var tries = 0; tries < Hex.Count && !taken.Add(index); tries++)
            {
                index = (index + 1) % Hex.Count;
            }

            colours[name] = Hex[index];
        }

        return colours;
    }

    /// <summary>A publisher's own colour slot: FNV-1a of its UTF-8 name (stable across processes, unlike string hash codes).</summary>
    public static int SlotOf(string publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(publisher))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)Hex.Count);
    }
}
