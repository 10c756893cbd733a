namespace Metrics.Gazetteer;

/// <summary>
/// Everything the data files say, loaded and checked once: divisions with their dates,
/// the names that can be matched in text, outside places, leaders and their posts.
/// A broken reference (an alias to an unknown code, a leader in an unknown district) fails
/// the load, so a bad edit of a data file shows at the first test run.
/// </summary>
internal sealed class GazetteerData
{
    private GazetteerData(
        CharFold fold,
        IReadOnlyDictionary<string, Division> divisions,
        IReadOnlyList<string> patterns,
        IReadOnlyList<IReadOnlyList<NameEntry>> entries,
        IReadOnlyDictionary<string, Homonym> homonyms,
        IReadOnlyDictionary<string, OutsidePlace> outsidePlaces,
        IReadOnlyList<LeaderTenure> leaders,
        IReadOnlySet<string> surnames,
        IReadOnlyDictionary<string, string> latinNames)
    {
        Fold = fold;
        Divisions = divisions;
        Patterns = patterns;
        Entries = entries;
        Homonyms = homonyms;
        OutsidePlaces = outsidePlaces;
        Leaders = leaders;
        Surnames = surnames;
        LatinNames = latinNames;
    }

    public CharFold Fold { get; }

    public IReadOnlyDictionary<string, Division> Divisions { get; }

    /// <summary>Folded matchable strings; the index is the automaton's pattern id.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>What each pattern stands for, by pattern id.</summary>
    public IReadOnlyList<IReadOnlyList<NameEntry>> Entries { get; }

    /// <summary>Homonyms by folded name.</summary>
    public IReadOnlyDictionary<string, Homonym> Homonyms { get; }

    /// <summary>Outside places by the place they denote (北京市通州区), for outside leaders.</summary>
    public IReadOnlyDictionary<string, OutsidePlace> OutsidePlaces { get; }

    public IReadOnlyList<LeaderTenure> Leaders { get; }

    /// <summary>Surnames (one or two characters), folded.</summary>
    public IReadOnlySet<string> Surnames { get; }

    /// <summary>The first Latin name aliases.tsv gives a division, by code (320613 → Chongchuan).</summary>
    public IReadOnlyDictionary<string, string> LatinNames { get; }

    public static GazetteerData LoadEmbedded() => Load(TsvTable.ReadResource);

    public static GazetteerData Load(Func<string, TsvTable> read)
    {
        var fold = CharFold.Instance;
        var divisions = ReadDivisions(read("divisions.tsv"), read("history.tsv"));
        var names = new NameTableBuilder(fold);

        foreach (var division in divisions.Values)
        {
            foreach (var name in MatchableForms(division.Name))
            {
                names.Add(name, new NameEntry(NameKind.Division, division.Code));
            }
        }

        var latinNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in read("aliases.tsv").Rows)
        {
            var kind = row.Required("kind") switch
            {
                "alias" => NameKind.Alias,
                "short" => NameKind.ShortName,
                "latin" => NameKind.Latin,
                "neutral" => NameKind.Neutral,
                var other => throw row.Error($"unknown alias kind '{other}'"),
            };
            var code = row.Optional("code");
            if (kind == NameKind.Neutral ? code is not null : code is null || !divisions.ContainsKey(code))
            {
                throw row.Error(kind == NameKind.Neutral
                    ? "a neutral name has no code"
                    : $"alias target {code} is not in divisions.tsv or history.tsv");
            }
            var requires = row.Optional("requires") switch
            {
                null => false,
                "district" => true,
                var other => throw row.Error($"unknown requirement '{other}'"),
            };
            if (kind == NameKind.Latin)
            {
                latinNames.TryAdd(code!, row.Required("alias"));
            }

            names.Add(row.Required("alias"), new NameEntry(
                kind, code, requires, Folded(fold, row.Optional("not_after")), Folded(fold, row.Optional("not_before"))));
        }

        var outsidePlaces = new Dictionary<string, OutsidePlace>(StringComparer.Ordinal);
        foreach (var row in read("outside.tsv").Rows)
        {
            var place = new OutsidePlace(row.Required("name"), row.Required("place"), row.Required("region"));
            outsidePlaces.TryAdd(place.Place, place);
            names.Add(place.Name, new NameEntry(NameKind.Outside, Outside: place));
        }

        foreach (var row in read("leader-titles.tsv").Rows)
        {
            var title = new LeaderTitle(row.Required("title"), row.Optional("level"), row.Required("role"));
            names.Add(title.Title, new NameEntry(NameKind.Title, Title: title));
        }

        var homonyms = read("homonyms.tsv").Rows
            .Select(row => new Homonym(
                fold.Fold(row.Required("name")),
                row.Required("region"),
                row.Required("place"),
                (row.Optional("disambiguators") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)
                    .Select(fold.Fold).ToArray()))
            .ToDictionary(h => h.Name, StringComparer.Ordinal);

        foreach (var word in homonyms.Values.SelectMany(h => h.Disambiguators).Distinct())
        {
            names.Add(word, new NameEntry(NameKind.Signal));
        }

        var goldNames = divisions.Values.Where(d => d.GoldName is not null).Select(d => d.GoldName!).ToHashSet();
        var leaders = read("leaders.tsv").Rows.Select(row => ReadLeader(row, goldNames, outsidePlaces)).ToArray();
        var surnames = read("surnames.tsv").Rows.Select(row => fold.Fold(row.Required("surname"))).ToHashSet(StringComparer.Ordinal);

        var (patterns, entries) = names.Build();
        return new GazetteerData(fold, divisions, patterns, entries, homonyms, outsidePlaces, leaders, surnames, latinNames);
    }

    /// <summary>
    /// A statistics name like 三星镇（叠石桥家纺产业园区） or 海门工业园区管理委员会 is written in
    /// news without its parenthesis or its 管理委员会; both forms match.
    /// </summary>
    private static IEnumerable<string> MatchableForms(string name)
    {
        yield return name;
        var paren = name.IndexOfAny(['（', '(']);
        if (paren >= 2)
        {
            yield return name[..paren];
        }

        const string committee = "管理委员会";
        if (name.EndsWith(committee, StringComparison.Ordinal) && name.Length - committee.Length >= 2)
        {
            yield return name[..^committee.Length];
        }
    }

    private static string? Folded(CharFold fold, string? text) => text is null ? null : fold.Fold(text);

    private static Dictionary<string, Division> ReadDivisions(TsvTable current, TsvTable history)
    {
        var divisions = new Dictionary<string, Division>(StringComparer.Ordinal);
        foreach (var row in current.Rows.Concat(history.Rows))
        {
            var division = ReadDivision(row);
            if (!divisions.TryAdd(division.Code, division))
            {
                throw row.Error($"code {division.Code} appears twice");
            }
        }

        foreach (var division in divisions.Values)
        {
            foreach (var reference in new[] { division.ParentCode, division.ZoneCode, division.SuccessorCode })
            {
                if (reference is not null && !divisions.ContainsKey(reference))
                {
                    throw new FormatException($"Division {division.Code} {division.Name} refers to unknown code {reference}.");
                }
            }
        }

        return divisions;
    }

    private static Division ReadDivision(TsvRow row)
    {
        var kind = row.Required("kind") switch
        {
            "province" => DivisionKind.Province,
            "city" => DivisionKind.City,
            "county" => DivisionKind.County,
            "functional" => DivisionKind.FunctionalZone,
            "street" => DivisionKind.Street,
            "town" => DivisionKind.Town,
            "town-level-other" => DivisionKind.TownLevelOther,
            var other => throw row.Error($"unknown kind '{other}'"),
        };
        var name = row.Required("name");
        var districtLevel = kind is DivisionKind.City or DivisionKind.County or DivisionKind.FunctionalZone;
        return new Division(
            row.Required("code"),
            name,
            kind,
            row.Optional("parent_code"),
            row.Optional("zone_code"),
            TenureBound.ParseStart(row.Optional("valid_from"))?.Date,
            TenureBound.ParseEnd(row.Optional("valid_to"))?.Date,
            row.Optional("successor_code"),
            districtLevel ? row.Optional("gold_name") ?? name : null,
            row.Required("source"));
    }

    private static LeaderTenure ReadLeader(
        TsvRow row, IReadOnlySet<string> goldNames, IReadOnlyDictionary<string, OutsidePlace> outsidePlaces)
    {
        var district = row.Required("district");
        var outside = !goldNames.Contains(district);
        if (outside && !outsidePlaces.ContainsKey(district))
        {
            throw row.Error($"'{district}' is neither a district of the gold schema nor a place of outside.tsv");
        }

        var tenure = new LeaderTenure(
            row.Required("person"),
            row.Required("post"),
            district,
            TenureBound.ParseStart(row.Optional("from")),
            TenureBound.ParseEnd(row.Optional("to")),
            outside,
            row.Required("source"),
            row.Optional("note"));
        if (tenure.From is { } from && tenure.To is { } to && to.Date < from.Date)
        {
            throw row.Error("the tenure ends before it starts");
        }

        return tenure;
    }

    /// <summary>Collects matchable strings in folded form, merging what the same string stands for.</summary>
    private sealed class NameTableBuilder(CharFold fold)
    {
        private readonly Dictionary<string, List<NameEntry>> _entries = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public void Add(string name, NameEntry entry)
        {
            var key = fold.Fold(name);
            if (!_entries.TryGetValue(key, out var list))
            {
                list = [];
                _entries[key] = list;
                _order.Add(key);
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }

        public (IReadOnlyList<string> Patterns, IReadOnlyList<IReadOnlyList<NameEntry>> Entries) Build() =>
            (_order.ToArray(), _order.Select(key => (IReadOnlyList<NameEntry>)_entries[key].ToArray()).ToArray());
    }
}
