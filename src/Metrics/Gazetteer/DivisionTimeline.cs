namespace Metrics.Gazetteer;

/// <summary>
/// The date logic over divisions: which code a unit had on a day (港闸区幸福街道 is 320611006
/// in 2019 and 320613021 after 2020-07-28), which district-level unit it belonged to, and
/// which gold-schema name that district is written with.
/// </summary>
internal sealed class DivisionTimeline
{
    private readonly IReadOnlyDictionary<string, Division> _divisions;
    private readonly Dictionary<string, List<Division>> _predecessors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _lineages = new(StringComparer.Ordinal);

    public DivisionTimeline(IReadOnlyDictionary<string, Division> divisions)
    {
        _divisions = divisions;
        foreach (var division in divisions.Values.Where(d => d.SuccessorCode is not null))
        {
            if (!_predecessors.TryGetValue(division.SuccessorCode!, out var list))
            {
                list = [];
                _predecessors[division.SuccessorCode!] = list;
            }

            list.Add(division);
        }

        foreach (var code in divisions.Keys)
        {
            _lineages[code] = CollectLineage(code);
        }
    }

    public Division Get(string code) => _divisions[code];

    /// <summary>
    /// The unit under the code it had on <paramref name="at"/>: successors after it ended,
    /// predecessors before it began. Without a date, or where the data has no other code, the
    /// unit itself: a name in a text is evidence that the unit existed.
    /// </summary>
    public Division AtDate(Division unit, DateOnly? at)
    {
        if (at is not { } date)
        {
            return unit;
        }

        for (var guard = 0; guard < 8 && !unit.IsValidAt(date); guard++)
        {
            Division? next = null;
            if (unit.ValidTo is { } to && date > to && unit.SuccessorCode is not null)
            {
                next = _divisions[unit.SuccessorCode];
            }
            else if (unit.ValidFrom is { } from && date < from && _predecessors.TryGetValue(unit.Code, out var earlier))
            {
                // 崇川区 320613 has two predecessors (old 崇川区, 港闸区): keep the one of the same name.
                next = earlier.FirstOrDefault(p => p.Name == unit.Name) ?? earlier[0];
            }

            if (next is null)
            {
                break;
            }

            unit = next;
        }

        return unit;
    }

    /// <summary>The district-level unit a unit counts for at the date; null for the province.</summary>
    public Division? DistrictUnit(Division unit, DateOnly? at)
    {
        unit = AtDate(unit, at);
        for (var guard = 0; guard < 8; guard++)
        {
            if (unit.IsDistrictLevel)
            {
                return unit;
            }

            var up = unit.ZoneCode ?? unit.ParentCode;
            if (up is null)
            {
                return null;
            }

            unit = AtDate(_divisions[up], at);
        }

        return null;
    }

    /// <summary>
    /// How <paramref name="unit"/> lies inside <paramref name="container"/>, by parent or zone:
    /// 2 when an ancestor is the container itself, 1 when it is another code of the container's
    /// lineage (海门市 for 海门区), 0 when not inside.
    /// </summary>
    public int Containment(Division unit, Division container)
    {
        var lineage = _lineages[container.Code];
        var best = 0;
        var current = unit;
        for (var guard = 0; guard < 8; guard++)
        {
            if (current.Code == container.Code || current.ZoneCode == container.Code)
            {
                return 2;
            }

            if (lineage.Contains(current.Code) || (current.ZoneCode is not null && lineage.Contains(current.ZoneCode)))
            {
                best = 1;
            }

            if (current.ParentCode is null)
            {
                break;
            }

            current = _divisions[current.ParentCode];
        }

        return best;
    }

    private HashSet<string> CollectLineage(string code)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(code);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (!seen.Add(next))
            {
                continue;
            }

            if (_divisions[next].SuccessorCode is { } successor)
            {
                stack.Push(successor);
            }

            if (_predecessors.TryGetValue(next, out var earlier))
            {
                foreach (var p in earlier)
                {
                    stack.Push(p.Code);
                }
            }
        }

        return seen;
    }
}
