namespace Dashboard.Budgets;

/// <summary>
/// Drawing a chart, prerendering a page and every SQLite call hold a thread-pool thread until they
/// are done (SQLite has no truly asynchronous I/O). With up to <c>AnonymousConcurrentRequests</c>
/// such requests of each kind at once, a pool that starts at one thread per core and adds about two
/// a second leaves cheap work (a cached image, a series, Kestrel's own callbacks) waiting for a
/// thread for seconds. A floor of threads above what the capacity limit can occupy lets that work
/// start at once; the capacity limit, not the pool, bounds the expensive work.
/// </summary>
internal static class ThreadPoolFloor
{
    /// <summary>Threads kept ready besides those the three capacity limits may hold.</summary>
    public const int Spare = 16;

    /// <summary>Raises the pool's minimum of worker threads to cover <paramref name="concurrentPerKind"/> busy requests of each of pages, images and the API.</summary>
    public static int Raise(int concurrentPerKind)
    {
        var wanted = (Math.Max(0, concurrentPerKind) * 3) + Spare;
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, io);
        }

        ThreadPool.GetMinThreads(out workers, out _);
        return workers;
    }
}
