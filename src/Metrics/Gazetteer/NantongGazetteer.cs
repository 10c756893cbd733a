using Metrics.Extraction.Budget;

namespace Metrics.Gazetteer;

/// <summary>
/// The districts of Nantong as data, and finding them in text. Load once with
/// <see cref="Load"/>; the instance is immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Named <c>NantongGazetteer</c>, not <c>Gazetteer</c>: a class named like its namespace
/// cannot be reached by its simple name from the sibling namespaces (<c>Metrics.Extraction</c>
/// would see the namespace <c>Metrics.Gazetteer</c> first).
/// </remarks>
public sealed class NantongGazetteer
{
    private static readonly Lazy<NantongGazetteer> Instance =
        new(() => new NantongGazetteer(GazetteerData.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerData _data;
    private readonly DivisionTimeline _timeline;
    private readonly PlaceMatcher _matcher;
    private readonly DistrictDirectory _districts;

    internal NantongGazetteer(GazetteerData data)
    {
        _data = data;
        _timeline = new DivisionTimeline(data.Divisions);
        _matcher = new PlaceMatcher(data, _timeline);
        _districts = new DistrictDirectory(data.Divisions, _timeline);
        Leaders = new LeaderResolver(data, _matcher, _districts);
        Districts = _districts.All;
        AllDistricts = Districts.Select(d => d.Name).ToArray();
        Divisions = data.Divisions.Values.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The gazetteer built from the embedded data files, loaded on first use.</summary>
    public static NantongGazetteer Load() => Instance.Value;

    /// <summary>The names of the gold schema's districts (南通市 first, 港闸区 included), for pickers.</summary>
    public IReadOnlyList<string> AllDistricts { get; }

    /// <summary>The gold schema's districts with their codes, end dates and current names.</summary>
    public IReadOnlyList<District> Districts { get; }

    /// <summary>Every division, current and historical, by code.</summary>
    public IReadOnlyList<Division> Divisions { get; }

    /// <summary>Leaders and their tenures.</summary>
    public LeaderResolver Leaders { get; }

    /// <summary>The division with this code, or null.</summary>
    public Division? FindDivision(string code) => _data.Divisions.GetValueOrDefault(code);

    /// <summary>The district of the gold schema with this name, or null.</summary>
    public District? FindDistrict(string name) => _districts.Find(name);

    /// <summary>
    /// What a name stands for at a date: 港闸区幸福街道 in 2019 is street 320611006 of 港闸区;
    /// 城东镇 is 海安市's, 城东街道 崇川区's. The name must be one place (a qualified chain is
    /// one place); bare aliases such as 经开区 are accepted here. Null for unknown names and
    /// places outside Nantong.
    /// </summary>
    public PlaceResolution? Resolve(string nameOrAlias, DateOnly? at)
    {
        var name = nameOrAlias.Trim();
        var scan = _matcher.Scan(name, at, allowConditional: true);
        return scan.Places is [{ Resolution: { } resolution } place] && place.Start == 0 && place.End == name.Length
            ? resolution
            : null;
    }

    /// <summary>
    /// The district as the gold schema writes it at the date: 港闸区 until 2020-07-27 and
    /// 崇川区 from 2020-07-28; 海门市 and 海门区 always 海门区; 海安县 → 海安市; towns and parks
    /// count for their parent at that date. Without a date a historical name stays itself.
    /// </summary>
    public string? ResolveName(string nameOrAlias, DateOnly? at) => Resolve(nameOrAlias, at)?.District;

    /// <summary>
    /// Every place name and placed leader in the text, in text order, read at the date
    /// (the publication date; null if unknown). Places outside Nantong are included with
    /// <see cref="DistrictMention.IsOutsideNantong"/>; the extractor decides what they mean.
    /// </summary>
    public IReadOnlyList<DistrictMention> FindMentions(string text, DateOnly? at)
    {
        var scan = _matcher.Scan(text, at);
        var mentions = new List<DistrictMention>(scan.Places.Count + 8);
        // 南通籍企业家在成都投资的…项目: 籍 names where people come from, not where anything happens.
        foreach (var place in scan.Places.Where(p => p.IsReported && !(p.Start + p.Length < text.Length && text[p.Start + p.Length] == '籍')))
        {
            ExtractionBudget.Step();
            mentions.Add(new DistrictMention
            {
                Start = place.Start,
                Length = place.Length,
                Text = text.Substring(place.Start, place.Length),
                Source = place.Source,
                District = place.Resolution?.District,
                Code = place.Resolution?.Unit.Code,
                DistrictCode = place.Resolution?.DistrictUnit.Code,
                IsOutsideNantong = place.Outside is not null,
                OutsidePlace = place.OutsidePlaceName,
            });
        }

        foreach (var leader in Leaders.Find(scan).Where(l => l.Basis != LeaderBasis.Unresolved))
        {
            ExtractionBudget.Step();
            mentions.Add(new DistrictMention
            {
                Start = leader.Start,
                Length = leader.Length,
                Text = text.Substring(leader.Start, leader.Length),
                Source = MentionSource.Leader,
                District = leader.District,
                DistrictCode = leader.DistrictCode,
                IsOutsideNantong = leader.IsOutsideNantong,
                OutsidePlace = leader.OutsidePlace,
                Person = leader.Person,
            });
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        return mentions;
    }

    /// <summary>
    /// The district that holds a district's area today, for <c>boundaries=current</c>:
    /// 港闸区 → 崇川区; a current district is itself. Other names are first resolved without
    /// a date (港闸 → 港闸区 → 崇川区); a name that is no Nantong place comes back unchanged.
    /// </summary>
    public string CurrentName(string district)
    {
        var name = _districts.Find(district)?.Name ?? ResolveName(district, null);
        return name is null ? district : _districts.Find(name)!.CurrentName;
    }

    /// <summary>
    /// A district's name in English, from its Latin name in the gazetteer: 崇川区 → Chongchuan District,
    /// 如皋市 → Rugao City, 南通市 → Nantong; a district without a Latin name keeps its own.
    /// </summary>
    public string EnglishName(string district)
    {
        if (_districts.Find(district) is not { } found || !_data.LatinNames.TryGetValue(found.Code, out var latin))
        {
            return district;
        }

        return found.Kind == DistrictKind.City ? latin : found.Name[^1] switch
        {
            '区' => latin + " District",
            '市' => latin + " City",
            '县' => latin + " County",
            _ => latin,
        };
    }

    /// <summary>Counts the Nantong and the outside mentions of a text (see <see cref="NantongContext.IsNantong"/>).</summary>
    public NantongContext AssessContext(string text, DateOnly? at = null)
    {
        var mentions = FindMentions(text, at);
        var outside = mentions
            .Where(m => m.IsOutsideNantong)
            .GroupBy(m => RegionOf(m))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new NantongContext(mentions.Count(m => m.District is not null), outside);
    }

    /// <summary>True when the text is about Nantong rather than a same-named place elsewhere (Beijing's 通州区).</summary>
    public bool IsNantongContext(string text, DateOnly? at = null) => AssessContext(text, at).IsNantong;

    private string RegionOf(DistrictMention mention) =>
        mention.OutsidePlace is { } place && _data.OutsidePlaces.TryGetValue(place, out var known)
            ? known.Region
            : _data.Homonyms.Values.FirstOrDefault(h => h.Place == mention.OutsidePlace)?.Region ?? mention.OutsidePlace ?? "?";
}
