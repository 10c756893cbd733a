namespace Metrics.Gazetteer;

/// <summary>Which table a matchable name comes from.</summary>
internal enum NameKind
{
    Division,
    Alias,
    ShortName,
    Latin,
    Outside,
    Title,

    /// <summary>A name that stands for no single district but must not be read as a shorter one (通州湾新出海口).</summary>
    Neutral,

    /// <summary>A word counted as a sign of another region (城市副中心 for Beijing's 通州).</summary>
    Signal,
}

/// <summary>A place outside Nantong that texts name (北京, 昆山, 临江市).</summary>
internal sealed record OutsidePlace(string Name, string Place, string Region);

/// <summary>A Nantong name that also names a place of another region (通州区 in 北京).</summary>
internal sealed record Homonym(string Name, string Region, string Place, IReadOnlyList<string> Disambiguators);

/// <summary>A leader's post as the title table describes it.</summary>
internal sealed record LeaderTitle(string Title, string? Level, string Role);

/// <summary>
/// What one matchable string stands for. A string can stand for several things (崇川 for the
/// old and the new 崇川区, 幸福街道 under 港闸区 and under 崇川区); the date decides.
/// </summary>
internal sealed record NameEntry(
    NameKind Kind,
    string? Code = null,
    bool RequiresSameDistrict = false,
    string? NotAfter = null,
    string? NotBefore = null,
    OutsidePlace? Outside = null,
    LeaderTitle? Title = null)
{
    public bool IsPlace => Kind is not (NameKind.Title or NameKind.Signal);

    /// <summary>The guards of short names: 海安 is no place in 沿海安全, 如东 none in 犹如东风.</summary>
    public bool FitsContext(string folded, int start, int end)
    {
        if (NotAfter is not null && start > 0 && NotAfter.Contains(folded[start - 1]))
        {
            return false;
        }

        if (NotBefore is not null && end < folded.Length && NotBefore.Contains(folded[end]))
        {
            return false;
        }

        // Latin names must stand as words: Nantong, not Nantongese.
        if (Kind == NameKind.Latin || (Kind == NameKind.Outside && char.IsAsciiLetter(folded[start])))
        {
            var before = start > 0 && char.IsAsciiLetter(folded[start - 1]);
            var after = end < folded.Length && char.IsAsciiLetter(folded[end]);
            return !before && !after;
        }

        return true;
    }
}
