using System.Collections.Concurrent;

namespace Metrics.Queries;

/// <summary>
/// Results of a query by their parameters, valid for one <see cref="Storage.DataVersionTriggers"/> value:
/// a different version empties the cache, so an edit shows at the next request. The version is read
/// on the same context as the value, before it: with a lagging read replica (<see cref="Storage.PanelReadContexts"/>)
/// a version from another database would keep stale values under a new version.
/// </summary>
internal sealed class VersionedCache<TValue>
{
    // A dashboard asks for a few dozen selections; the bound only guards against a crawler.
    private const int MaxEntries = 512;

    private Entries current = new(-1);

    public bool TryGet(long version, string key, out TValue value)
    {
        var entries = current;
        if (entries.Version == version && entries.Values.TryGetValue(key, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(long version, string key, TValue value)
    {
        var entries = current;
        if (entries.Version != version || entries.Values.Count >= MaxEntries)
        {
            // Older or newer than what is kept: start over at this version (a slower request
            // holding an older one may replace newer entries; the next request then recomputes).
            entries = new Entries(version);
            current = entries;
        }

        entries.Values[key] = value;
    }

    private sealed class Entries(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, TValue> Values { get; } = new(StringComparer.Ordinal);
    }
}
