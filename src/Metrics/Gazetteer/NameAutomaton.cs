using Metrics.Extraction.Budget;

namespace Metrics.Gazetteer;

/// <summary>A pattern found in a text: where it starts and which pattern it is.</summary>
internal readonly record struct PatternHit(int Start, int Length, int Pattern)
{
    public int End => Start + Length;
}

/// <summary>
/// Aho–Corasick automaton over a fixed set of strings: one pass over a text reports every
/// occurrence of every pattern, overlapping ones included, whatever the number of names.
/// The root keeps a direct table over all UTF-16 units because nearly every step of a scan
/// starts there; deeper nodes keep their few edges in sorted arrays.
/// </summary>
internal sealed class NameAutomaton
{
    private readonly int[] _rootNext = new int[char.MaxValue + 1];
    private readonly char[][] _edgeKeys;
    private readonly int[][] _edgeTargets;
    private readonly int[] _fail;
    private readonly int[] _pattern;
    private readonly int[] _outputLink;
    private readonly int[] _depth;

    /// <param name="patterns">Distinct, non-empty patterns; a hit reports the index into this list.</param>
    public NameAutomaton(IReadOnlyList<string> patterns)
    {
        var edges = new List<Dictionary<char, int>> { new() };
        var pattern = new List<int> { -1 };
        var depth = new List<int> { 0 };
        for (var p = 0; p < patterns.Count; p++)
        {
            var node = 0;
            foreach (var c in patterns[p])
            {
                if (!edges[node].TryGetValue(c, out var next))
                {
                    next = edges.Count;
                    edges[node][c] = next;
                    edges.Add([]);
                    pattern.Add(-1);
                    depth.Add(depth[node] + 1);
                }

                node = next;
            }

            if (node == 0 || pattern[node] >= 0)
            {
                throw new ArgumentException($"Pattern '{patterns[p]}' is empty or repeated.", nameof(patterns));
            }

            pattern[node] = p;
        }

        var count = edges.Count;
        _edgeKeys = new char[count][];
        _edgeTargets = new int[count][];
        for (var n = 0; n < count; n++)
        {
            var sorted = edges[n].OrderBy(e => e.Key).ToArray();
            _edgeKeys[n] = sorted.Select(e => e.Key).ToArray();
            _edgeTargets[n] = sorted.Select(e => e.Value).ToArray();
        }

        foreach (var (c, target) in edges[0])
        {
            _rootNext[c] = target;
        }

        _pattern = pattern.ToArray();
        _depth = depth.ToArray();
        _fail = new int[count];
        _outputLink = new int[count];
        BuildFailureLinks(edges);
    }

    /// <summary>Adds every occurrence of every pattern in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void Scan(string text, List<PatternHit> hits)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            ExtractionBudget.Step();
            state = Step(state, text[i]);
            var node = _pattern[state] >= 0 ? state : _outputLink[state];
            while (node > 0)
            {
                hits.Add(new PatternHit(i + 1 - _depth[node], _depth[node], _pattern[node]));
                node = _outputLink[node];
            }
        }
    }

    private int Step(int state, char c)
    {
        while (state != 0)
        {
            var next = Edge(state, c);
            if (next >= 0)
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[c];
    }

    private int Edge(int node, char c)
    {
        // Below the root most nodes have one to three edges: a plain loop beats a search.
        var keys = _edgeKeys[node];
        if (keys.Length <= 8)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == c)
                {
                    return _edgeTargets[node][i];
                }
            }

            return -1;
        }

        var index = keys.AsSpan().BinarySearch(c);
        return index >= 0 ? _edgeTargets[node][index] : -1;
    }

    private void BuildFailureLinks(List<Dictionary<char, int>> edges)
    {
        var queue = new Queue<int>();
        foreach (var child in edges[0].Values)
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in edges[node])
            {
                var fail = Step(_fail[node], c);
                _fail[child] = fail;
                _outputLink[child] = _pattern[fail] >= 0 ? fail : _outputLink[fail];
                queue.Enqueue(child);
            }
        }
    }
}
