using System.Reflection;

namespace Metrics.Extraction.Numbers;

/// <summary>One row of amount-roles.tsv.</summary>
/// <param name="Text">The cue as written in the table, e.g. "完成…投资".</param>
/// <param name="Parts">The literal parts of the cue, split at "…".</param>
/// <param name="Role">The role the cue gives.</param>
/// <param name="Per">Unit of a per-unit rate ("亩" for 亩均税收), or null.</param>
internal sealed record RoleCue(string Text, string[] Parts, AmountRole Role, string? Per)
{
    /// <summary>Literal characters: the more, the more specific.</summary>
    public int Specificity { get; } = Parts.Sum(p => p.Length);
}

/// <summary>A cue found in a text.</summary>
internal readonly record struct CueHit(RoleCue Cue, int Start, int End);

/// <summary>
/// The amount-role vocabulary, one table for all roles (Extraction/Data/amount-roles.tsv),
/// indexed by the last character of each cue.
/// </summary>
internal static class AmountRoleTable
{
    private const string ResourceName = "Metrics.Extraction.amount-roles.tsv";

    /// <summary>Characters "…" may stand for: "完成制造业投资".</summary>
    private const int MaxGap = 6;

    private static readonly Lazy<IReadOnlyList<RoleCue>> LazyCues = new(Load);
    private static readonly Lazy<Dictionary<char, RoleCue[]>> LazyIndex = new(BuildIndex);

    public static IReadOnlyList<RoleCue> Cues => LazyCues.Value;

    private static IReadOnlyList<RoleCue> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads the TSV: comment lines start with '#', the first other line is the header.</summary>
    internal static IReadOnlyList<RoleCue> Parse(TextReader reader)
    {
        var cues = new List<RoleCue>();
        var header = true;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || !Enum.TryParse<AmountRole>(fields[1], out var role))
            {
                throw new FormatException($"amount-roles.tsv line {lineNumber}: expected 'cue<TAB>role', got '{line}'.");
            }

            var parts = fields[0].Split('…', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 1 or > 2)
            {
                throw new FormatException($"amount-roles.tsv line {lineNumber}: a cue has one or two parts.");
            }

            var per = fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null;
            cues.Add(new RoleCue(fields[0], parts, role, per));
        }

        return cues;
    }

    private static Dictionary<char, RoleCue[]> BuildIndex() =>
        Cues.GroupBy(c => c.Parts[^1][^1])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Specificity).ToArray());

    /// <summary>Cues that end exactly at <paramref name="end"/> and start at or after <paramref name="floor"/>.</summary>
    public static void HitsEndingAt(string text, int end, int floor, List<CueHit> hits)
    {
        if (end <= floor || !LazyIndex.Value.TryGetValue(HanFold.Fold(text[end - 1]), out var candidates))
        {
            return;
        }

        foreach (var cue in candidates)
        {
            var last = cue.Parts[^1];
            var lastStart = end - last.Length;
            if (lastStart < floor || !TextScan.At(text, lastStart, last))
            {
                continue;
            }

            if (cue.Parts.Length == 1)
            {
                hits.Add(new CueHit(cue, lastStart, end));
                continue;
            }

            var first = cue.Parts[0];
            for (var firstEnd = lastStart; firstEnd >= Math.Max(floor + first.Length, lastStart - MaxGap); firstEnd--)
            {
                if (TextScan.EndsAt(text, firstEnd, first))
                {
                    hits.Add(new CueHit(cue, firstEnd - first.Length, end));
                    break;
                }
            }
        }
    }
}
