using Metrics.Extraction.Budget;

namespace Metrics.Gazetteer;

/// <summary>
/// Finds place names in a text in one automaton pass and decides what each stands for at
/// the text's date. The steps, each for a case real text needed:
/// <list type="number">
/// <item>guards drop short names in words that only contain them (沿海安全, 犹如东风);</item>
/// <item>overlaps keep the longest name (通州湾示范区 over 通州, 城东镇 over 城东);</item>
/// <item>adjacent names form one chain (南通市港闸区幸福街道, 北京市通州区), the later part
///   read inside the earlier;</item>
/// <item>bare aliases like 开发区 count only when the text names the same district outright;</item>
/// <item>a homonym (通州区) is Beijing's when the text speaks of Beijing's 通州 more than of Nantong.</item>
/// </list>
/// </summary>
internal sealed class PlaceMatcher
{
    private readonly GazetteerData _data;
    private readonly DivisionTimeline _timeline;
    private readonly NameAutomaton _automaton;

    // Sort keys pack a name length, a text offset (below 2^28) and a hit index (below 2^24).
    private const int MaxNameLength = 1024;

    // What each pattern is, split once so that a scan does not sort entries per hit.
    private readonly IReadOnlyList<NameEntry>[] _places;
    private readonly LeaderTitle?[] _titles;
    private readonly bool[] _signals;

    public PlaceMatcher(GazetteerData data, DivisionTimeline timeline)
    {
        _data = data;
        _timeline = timeline;
        _automaton = new NameAutomaton(data.Patterns);
        _places = data.Entries.Select(e => (IReadOnlyList<NameEntry>)e.Where(x => x.IsPlace).ToArray()).ToArray();
        _titles = data.Entries.Select(e => e.FirstOrDefault(x => x.Title is not null)?.Title).ToArray();
        _signals = data.Entries.Select(e => e.Any(x => x.Kind == NameKind.Signal)).ToArray();
    }

    /// <param name="text">The text as obtained.</param>
    /// <param name="at">The date the names are read at (the publication date), null if unknown.</param>
    /// <param name="allowConditional">Accept bare aliases (经开区) without the text naming their district: for looking up a single name.</param>
    public TextScan Scan(string text, DateOnly? at, bool allowConditional = false)
    {
        if (text.Length >= 1 << 28)
        {
            throw new ArgumentException("Texts of 2^28 characters or more are not scanned.", nameof(text));
        }

        var folded = _data.Fold.Fold(text);
        var hits = new List<PatternHit>(64);
        _automaton.Scan(folded, hits);

        var placeHits = new List<(PatternHit Hit, IReadOnlyList<NameEntry> Entries)>(hits.Count);
        var titleHits = new List<(PatternHit Hit, LeaderTitle Title)>();
        Dictionary<string, int>? signals = null;
        foreach (var hit in hits)
        {
            ExtractionBudget.Step();
            if (_signals[hit.Pattern])
            {
                signals ??= new(StringComparer.Ordinal);
                var word = _data.Patterns[hit.Pattern];
                signals[word] = signals.GetValueOrDefault(word) + 1;
            }

            if (_titles[hit.Pattern] is { } title)
            {
                titleHits.Add((hit, title));
            }

            if (_places[hit.Pattern].Count > 0 && Fitting(_places[hit.Pattern], folded, hit) is { Count: > 0 } fitting)
            {
                placeHits.Add((hit, fitting));
            }
        }

        var selected = SelectLongest(placeHits, h => h.Hit, folded.Length);
        var places = BuildChains(selected, folded, at);
        if (!allowConditional)
        {
            places = DropUnconfirmedAliases(places);
        }

        places = ApplyHomonyms(places, signals);
        var titles = FindTitles(titleHits, places, folded.Length);
        return new TextScan(text, folded, at, places, titles);
    }

    private static IReadOnlyList<NameEntry> Fitting(IReadOnlyList<NameEntry> entries, string folded, PatternHit hit)
    {
        var all = true;
        foreach (var entry in entries)
        {
            all &= entry.FitsContext(folded, hit.Start, hit.End);
        }

        return all ? entries : entries.Where(e => e.FitsContext(folded, hit.Start, hit.End)).ToArray();
    }

    /// <summary>Keeps the longest of overlapping hits, the leftmost among equals; returns them in text order.</summary>
    private static List<T> SelectLongest<T>(List<T> hits, Func<T, PatternHit> span, int textLength)
    {
        // Sort packed keys (longest first, then by start, then by index) instead of the
        // hits themselves: one long comparison per step instead of two delegate calls.
        if (hits.Count >= 1 << 24)
        {
            throw new ArgumentException("Too many name hits in one text.", nameof(hits));
        }

        var order = new long[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            ExtractionBudget.Step();
            var hit = span(hits[i]);
            order[i] = ((long)(MaxNameLength - Math.Min(hit.Length, MaxNameLength)) << 52) | ((long)hit.Start << 24) | (uint)i;
        }

        Array.Sort(order);
        var taken = new bool[textLength];
        var kept = new List<long>();
        foreach (var key in order)
        {
            var hit = span(hits[(int)(key & 0xFFFFFF)]);
            var free = true;
            for (var i = hit.Start; i < hit.End && free; i++)
            {
                ExtractionBudget.Step();
                free = !taken[i];
            }

            if (free)
            {
                taken.AsSpan(hit.Start, hit.Length).Fill(true);
                kept.Add(key & ((1L << 52) - 1));
            }
        }

        kept.Sort();
        return kept.Select(key => hits[(int)(key & 0xFFFFFF)]).ToList();
    }

    private List<PlaceItem> BuildChains(List<(PatternHit Hit, IReadOnlyList<NameEntry> Entries)> selected, string folded, DateOnly? at)
    {
        var items = new List<PlaceItem>();
        foreach (var (hit, entries) in selected)
        {
            ExtractionBudget.Step();
            var name = folded.Substring(hit.Start, hit.Length);
            var previous = items.Count > 0 ? items[^1] : null;
            var adjacent = previous is not null && previous.End == hit.Start;

            if (adjacent && previous!.Outside is { } outside && !entries.Any(e => e.Outside is not null)
                && _data.Homonyms.TryGetValue(name, out var homonym) && homonym.Region == outside.Region)
            {
                // 北京市通州区, 北京通州: the prefix says whose 通州 it is.
                items[^1] = previous with { End = hit.End, Name = name, OutsidePlaceName = homonym.Place };
                continue;
            }

            var qualifier = adjacent && previous!.Unit is not null ? previous : null;
            var item = Resolve(hit, name, entries, at, qualifier?.Unit);
            if (qualifier is not null && item.Unit is not null && _timeline.Containment(item.Unit, qualifier.Unit!) > 0)
            {
                items[^1] = item with { Start = qualifier.Start, QualifiedByNantong = true };
                continue;
            }

            items.Add(item);
        }

        return items;
    }

    private PlaceItem Resolve(PatternHit hit, string name, IReadOnlyList<NameEntry> entries, DateOnly? at, Division? qualifier)
    {
        if (entries[0].Code is null)
        {
            return entries[0].Kind == NameKind.Neutral
                ? new PlaceItem { Start = hit.Start, End = hit.End, Name = name, Entry = entries[0], Source = MentionSource.Alias }
                : new PlaceItem
                {
                    Start = hit.Start, End = hit.End, Name = name, Entry = entries[0], Source = MentionSource.Outside,
                    Outside = entries[0].Outside, OutsidePlaceName = entries[0].Outside!.Place,
                };
        }

        // Among the units a name can stand for: inside the qualifier first (港闸区幸福街道),
        // then the one that existed at the date (or exists now), then the table's order.
        NameEntry? bestEntry = null;
        Division? bestUnit = null;
        var bestScore = -1;
        foreach (var entry in entries)
        {
            if (entry.Code is null)
            {
                continue;
            }

            var named = _timeline.Get(entry.Code);
            var unit = _timeline.AtDate(named, at);
            var inside = qualifier is null ? 0 : Math.Max(
                _timeline.Containment(unit, qualifier), _timeline.Containment(named, qualifier));
            var current = at is { } date ? unit.IsValidAt(date) : unit.ValidTo is null;
            var score = (inside * 2) + (current ? 1 : 0);
            if (score > bestScore)
            {
                (bestEntry, bestUnit, bestScore) = (entry, unit, score);
            }
        }

        var districtUnit = _timeline.DistrictUnit(bestUnit!, at);
        return new PlaceItem
        {
            Start = hit.Start, End = hit.End, Name = name, Entry = bestEntry!, Unit = bestUnit,
            Source = SourceOf(bestEntry!, bestUnit!),
            Resolution = districtUnit?.GoldName is { } gold ? new PlaceResolution(bestUnit!, districtUnit, gold) : null,
        };
    }

    private static MentionSource SourceOf(NameEntry entry, Division unit) => entry.Kind switch
    {
        _ when unit.Kind == DivisionKind.City => MentionSource.City,
        NameKind.ShortName => MentionSource.ShortName,
        NameKind.Alias or NameKind.Latin => MentionSource.Alias,
        _ when unit.IsDistrictLevel => MentionSource.County,
        _ => MentionSource.Town,
    };

    /// <summary>开发区 is 南通开发区 only in a text that says 南通开发区; 海安 and 海门 write it for their own.</summary>
    private static List<PlaceItem> DropUnconfirmedAliases(List<PlaceItem> places)
    {
        var confirmed = places
            .Where(p => p.Resolution is not null && !p.Entry.RequiresSameDistrict)
            .Select(p => p.Resolution!.District)
            .ToHashSet(StringComparer.Ordinal);
        return places
            .Where(p => !p.Entry.RequiresSameDistrict || (p.Resolution is { } r && confirmed.Contains(r.District)))
            .ToList();
    }

    private List<PlaceItem> ApplyHomonyms(List<PlaceItem> places, Dictionary<string, int>? signals)
    {
        if (signals is null)
        {
            return places;
        }

        var nantongSpecific = places.Count(p => p.IsNantong && !_data.Homonyms.ContainsKey(p.Name));
        for (var i = 0; i < places.Count; i++)
        {
            ExtractionBudget.Step();
            var place = places[i];
            if (!place.IsNantong || place.QualifiedByNantong || !_data.Homonyms.TryGetValue(place.Name, out var homonym))
            {
                continue;
            }

            var elsewhere = homonym.Disambiguators.Sum(word => signals.GetValueOrDefault(word));
            var qualified = FirstQualified(places, homonym);
            if (qualified is not null ? !qualified.IsNantong : elsewhere > 0 && elsewhere > nantongSpecific)
            {
                places[i] = place with
                {
                    Resolution = null,
                    Unit = null,
                    Source = MentionSource.Outside,
                    Outside = new OutsidePlace(place.Name, homonym.Place, homonym.Region),
                    OutsidePlaceName = homonym.Place,
                };
            }
        }

        return places;
    }

    /// <summary>
    /// 南通市通州区在北京举办推介会,北京市通州区有关负责同志参加: a text that qualifies both 通州s tells
    /// whose it is about by the one it names first; its cue words (京津冀) only come with the other.
    /// </summary>
    private PlaceItem? FirstQualified(List<PlaceItem> places, Homonym homonym)
    {
        var nantong = places.FirstOrDefault(p => p.IsNantong && p.QualifiedByNantong && _data.Homonyms.TryGetValue(p.Name, out var same) && same.Place == homonym.Place);
        var outside = places.FirstOrDefault(p => p.Outside is not null && p.OutsidePlaceName == homonym.Place);
        return nantong is null || outside is null ? null : nantong.Start < outside.Start ? nantong : outside;
    }

    /// <summary>
    /// Posts that stand as posts: not 市长 inside 如皋市长江镇, where 长 begins a town. A post may
    /// share its first character with the place before it (海门区委书记: 区).
    /// </summary>
    private static List<TitleHit> FindTitles(List<(PatternHit Hit, LeaderTitle Title)> hits, List<PlaceItem> places, int textLength)
    {
        var index = new PlaceIndex(places);
        var titles = new List<TitleHit>();
        foreach (var (hit, title) in SelectLongest(hits, h => h.Hit, textLength))
        {
            ExtractionBudget.Step();
            if (index.Overlaps(hit.Start + 1, hit.End))
            {
                continue;
            }

            var first = index.At(hit.Start);
            if (first is not null && first.End != hit.Start + 1)
            {
                continue;
            }

            var qualifier = first ?? (hit.Start > 0 ? index.At(hit.Start - 1) : null);
            titles.Add(new TitleHit(hit.Start, hit.End, title, qualifier));
        }

        return titles;
    }
}
