using Metrics.Extraction.Budget;

namespace Metrics.Gazetteer;

/// <summary>
/// Finds leaders named after their posts (区委书记黄卫锋, 市委常委、区委书记张建华,
/// 海门区委书记郭晓敏) and places each in a district at the text's date:
/// <list type="number">
/// <item>by the place written with the post (海门区委书记 → 海门区), which also teaches the
///   rest of the same text where the person belongs;</item>
/// <item>by the tenure table: a post of the same title held at the date, never by the name
///   alone (黄卫锋 is 启东市's 市长 in 2017 and 港闸区's 区委书记 in 2020);</item>
/// <item>later bare mentions of a person placed so (黄卫锋指出) count for the same district.</item>
/// </list>
/// </summary>
public sealed class LeaderResolver
{
    /// <summary>
    /// How far past an attested (approximate) tenure end a date may lie and still match:
    /// the table only knows the days articles saw the person in office.
    /// </summary>
    public const int AttestedSlackDays = 730;

    // A name never continues with these (王晖主持, 谭真在): they end a two-character name.
    private const string EndsName = "主出在作表发讲强指要宣参带率等同代说调对向和与及到为是会陪就以将也已还并分先前赴来看听致提坐巡走所于从把被让请的了着过们应再又均一";

    private readonly GazetteerData _data;
    private readonly PlaceMatcher _matcher;
    private readonly DistrictDirectory _districts;
    private readonly Dictionary<string, LeaderTitle> _titles;
    private readonly Dictionary<string, LeaderTenure[]> _byPerson;
    private readonly Dictionary<char, string[]> _tableNamesByFirst;

    internal LeaderResolver(GazetteerData data, PlaceMatcher matcher, DistrictDirectory districts)
    {
        _data = data;
        _matcher = matcher;
        _districts = districts;
        _titles = data.Entries.SelectMany(e => e).Where(e => e.Title is not null)
            .ToDictionary(e => e.Title!.Title, e => e.Title!, StringComparer.Ordinal);
        foreach (var tenure in data.Leaders.Where(t => !_titles.ContainsKey(t.Post)))
        {
            throw new FormatException($"leaders.tsv: post '{tenure.Post}' of {tenure.Person} is not in leader-titles.tsv.");
        }

        _byPerson = data.Leaders.GroupBy(t => data.Fold.Fold(t.Person))
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _tableNamesByFirst = _byPerson.Keys.GroupBy(n => n[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray());
    }

    /// <summary>The whole tenure table.</summary>
    public IReadOnlyList<LeaderTenure> Tenures => _data.Leaders;

    /// <summary>The table rows of one person.</summary>
    public IReadOnlyList<LeaderTenure> TenuresOf(string person) =>
        _byPerson.GetValueOrDefault(_data.Fold.Fold(person)) ?? [];

    /// <summary>
    /// The tenure that places <paramref name="person"/> at <paramref name="at"/>, among the rows
    /// whose post fits one of <paramref name="posts"/> (all rows when none is given). A row
    /// containing the date wins; otherwise the nearest row within
    /// <see cref="AttestedSlackDays"/> of an attested end. Null when none fits or the fitting
    /// rows name different districts.
    /// </summary>
    public LeaderTenure? Resolve(string person, DateOnly? at, IReadOnlyList<string>? posts = null)
    {
        var rows = TenuresOf(person);
        var titles = (posts ?? []).Select(p => _titles.GetValueOrDefault(p)).OfType<LeaderTitle>()
            .Where(t => t.Level is not null).ToArray();
        var fitting = titles.Length == 0
            ? rows.ToArray()
            : rows.Where(r => titles.Any(t => Fits(t, _titles[r.Post]))).ToArray();
        if (fitting.Length == 0)
        {
            return null;
        }

        if (at is not { } date)
        {
            return fitting.Select(r => r.District).Distinct().Count() == 1 ? fitting[0] : null;
        }

        var containing = fitting.Where(r => r.Contains(date)).ToArray();
        if (containing.Length > 0)
        {
            // An undated row (both ends open) yields to any row that really covers the date.
            var bounded = containing.Where(r => r.From is not null || r.To is not null).ToArray();
            var pool = bounded.Length > 0 ? bounded : containing;
            return pool.Select(r => r.District).Distinct().Count() == 1 ? pool[0] : null;
        }

        var near = fitting
            .Select(r => (Row: r, Days: r.DaysOutside(date)))
            .Where(x => x.Days is { } d && d <= AttestedSlackDays)
            .OrderBy(x => x.Days)
            .ToArray();
        if (near.Length == 0)
        {
            return null;
        }

        var nearest = near.Where(x => x.Days == near[0].Days).Select(x => x.Row.District).Distinct().Count();
        return nearest == 1 ? near[0].Row : null;
    }

    /// <summary>Finds the leaders named with a post in <paramref name="text"/>, and their later bare mentions.</summary>
    public IReadOnlyList<LeaderMention> Find(string text, DateOnly? at) => Find(_matcher.Scan(text, at));

    internal IReadOnlyList<LeaderMention> Find(TextScan scan)
    {
        var placeAt = new PlaceIndex(scan.Places);

        var titled = new List<(int Start, string Person, List<TitleHit> Chain)>();
        var learnedNames = new List<string>();
        var lastTitleEndingAt = LastTitleEndingAt(scan.Titles);
        foreach (var title in scan.Titles)
        {
            ExtractionBudget.Step();
            var person = ReadName(scan.Folded, title.End, learnedNames, placeAt);
            if (person is null)
            {
                continue;
            }

            titled.Add((title.End, person, ChainEndingWith(title, scan, lastTitleEndingAt)));
            if (!_byPerson.ContainsKey(person) && !learnedNames.Contains(person))
            {
                learnedNames.Add(person);
            }
        }

        // What the text itself says (海门区委书记郭晓敏) places the person for the whole text.
        var links = new Dictionary<string, PlaceItem>(StringComparer.Ordinal);
        foreach (var (_, person, chain) in titled)
        {
            ExtractionBudget.Step();
            if (BestQualifier(chain) is { } qualifier)
            {
                links.TryAdd(person, qualifier);
            }
        }

        var mentions = new List<LeaderMention>();
        foreach (var (start, person, chain) in titled)
        {
            ExtractionBudget.Step();
            var posts = chain.Select(t => t.Title.Title).ToArray();
            mentions.Add(Place(start, person, posts, BestQualifier(chain), links, scan.At));
        }

        mentions.AddRange(BareMentions(scan, mentions, placeAt));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private LeaderMention Place(
        int start, string person, string[] posts, PlaceItem? qualifier, Dictionary<string, PlaceItem> links, DateOnly? at)
    {
        var mention = new LeaderMention
        {
            Start = start, Length = person.Length, Person = person, Posts = posts, Basis = LeaderBasis.Unresolved,
        };
        if (qualifier is not null)
        {
            return FromPlace(mention, qualifier, LeaderBasis.Qualifier);
        }

        if (Resolve(person, at, posts) is { } tenure)
        {
            return mention with
            {
                Basis = LeaderBasis.Tenure,
                Tenure = tenure,
                District = tenure.IsOutsideNantong ? null : tenure.District,
                DistrictCode = tenure.IsOutsideNantong ? null : _districts.CodeAt(tenure.District, at),
                IsOutsideNantong = tenure.IsOutsideNantong,
                OutsidePlace = tenure.IsOutsideNantong ? tenure.District : null,
            };
        }

        return links.TryGetValue(person, out var link) ? FromPlace(mention, link, LeaderBasis.SameText) : mention;
    }

    private static LeaderMention FromPlace(LeaderMention mention, PlaceItem place, LeaderBasis basis) => mention with
    {
        Basis = basis,
        District = place.Resolution?.District,
        DistrictCode = place.Resolution?.DistrictUnit.Code,
        IsOutsideNantong = place.Outside is not null,
        OutsidePlace = place.OutsidePlaceName,
    };

    /// <summary>
    /// The place that best says whose leader this is: a district's post over a city post
    /// (南通市政协副主席、如东县委书记陈慧宇 → 如东县), Nantong over outside.
    /// </summary>
    private static PlaceItem? BestQualifier(List<TitleHit> chain)
    {
        var places = chain.Select(t => t.Qualifier).OfType<PlaceItem>().Where(p => p.IsNantong || p.Outside is not null).ToArray();
        return places.LastOrDefault(p => p.IsNantong && p.Resolution!.DistrictUnit.Kind != DivisionKind.City)
            ?? places.LastOrDefault(p => p.IsNantong)
            ?? places.LastOrDefault();
    }

    /// <summary>For each end offset, the index of the last title in <see cref="TextScan.Titles"/> ending there.</summary>
    private static Dictionary<int, int> LastTitleEndingAt(IReadOnlyList<TitleHit> titles)
    {
        var lastAt = new Dictionary<int, int>(titles.Count);
        for (var i = 0; i < titles.Count; i++)
        {
            ExtractionBudget.Step();
            lastAt[titles[i].End] = i;
        }

        return lastAt;
    }

    /// <summary>The posts written one after another before a name: 市委常委、区委书记.</summary>
    private static List<TitleHit> ChainEndingWith(TitleHit last, TextScan scan, Dictionary<int, int> lastTitleEndingAt)
    {
        var chain = new List<TitleHit> { last };
        var current = last;
        for (var guard = 0; guard < 6; guard++)
        {
            // The last title (in list order) ending right before the chain, or before a 、 there.
            var start = current.ChainStart;
            var right = lastTitleEndingAt.GetValueOrDefault(start, -1);
            var beforeComma = start - 1 >= 0 && start - 1 < scan.Folded.Length && scan.Folded[start - 1] == '、' ? lastTitleEndingAt.GetValueOrDefault(start - 1, -1) : -1;
            var index = Math.Max(right, beforeComma);
            var previous = index < 0 ? null : scan.Titles[index];
            if (previous is null || previous == current)
            {
                break;
            }

            chain.Insert(0, previous);
            current = previous;
        }

        return chain;
    }

    /// <summary>
    /// The person named at <paramref name="position"/>: a name from the table or already seen
    /// in this text, else a surname followed by one or two given-name characters.
    /// </summary>
    private string? ReadName(string folded, int position, List<string> learned, PlaceIndex placeAt)
    {
        if (position >= folded.Length)
        {
            return null;
        }

        var known = _tableNamesByFirst.GetValueOrDefault(folded[position]) ?? [];
        foreach (var name in known.Concat(learned))
        {
            if (string.CompareOrdinal(folded, position, name, 0, name.Length) == 0)
            {
                return name;
            }
        }

        foreach (var surnameLength in new[] { 2, 1 })
        {
            if (position + surnameLength >= folded.Length
                || !_data.Surnames.Contains(folded.Substring(position, surnameLength)))
            {
                continue;
            }

            var given = 0;
            while (given < 2 && position + surnameLength + given < folded.Length)
            {
                var c = folded[position + surnameLength + given];
                if (!IsHan(c) || EndsName.Contains(c) || placeAt.At(position + surnameLength + given) is not null)
                {
                    break;
                }

                given++;
            }

            if (given > 0 && placeAt.At(position) is null)
            {
                return folded.Substring(position, surnameLength + given);
            }
        }

        return null;
    }

    private IEnumerable<LeaderMention> BareMentions(TextScan scan, List<LeaderMention> titled, PlaceIndex placeAt)
    {
        // The characters taken by a mention: an overlap test in the length of a name, not in the number of mentions.
        var taken = new System.Collections.BitArray(scan.Folded.Length);
        foreach (var mention in titled)
        {
            ExtractionBudget.Step();
            Take(taken, mention.Start, mention.Start + mention.Length);
        }

        var placed = titled.Where(m => m.Basis != LeaderBasis.Unresolved)
            .GroupBy(m => m.Person).Select(g => g.First()).ToArray();
        foreach (var first in placed)
        {
            var name = first.Person;
            for (var i = scan.Folded.IndexOf(name, StringComparison.Ordinal); i >= 0;
                 i = scan.Folded.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                ExtractionBudget.Step();
                var end = i + name.Length;
                if (AnyTaken(taken, i, end) || placeAt.Overlaps(i, end))
                {
                    continue;
                }

                Take(taken, i, end);
                yield return first with { Start = i, Posts = [], Basis = LeaderBasis.SameText };
            }
        }
    }

    private static void Take(System.Collections.BitArray taken, int start, int end)
    {
        for (var k = Math.Max(0, start); k < end && k < taken.Length; k++)
        {
            taken[k] = true;
        }
    }

    private static bool AnyTaken(System.Collections.BitArray taken, int start, int end)
    {
        for (var k = Math.Max(0, start); k < end && k < taken.Length; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
    }

    private static bool Fits(LeaderTitle written, LeaderTitle held) =>
        written.Level == held.Level && written.Role == held.Role;

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
