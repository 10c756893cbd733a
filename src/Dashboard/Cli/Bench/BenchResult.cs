namespace Dashboard.Cli.Bench;

/// <summary>The figures of one benchmark run over a set of articles.</summary>
/// <param name="Articles">Articles extracted.</param>
/// <param name="Characters">Their total length in characters.</param>
/// <param name="Facts">Facts found in all of them.</param>
/// <param name="ArticlesWithoutFacts">Articles in which nothing was found.</param>
/// <param name="Wall">Elapsed time of the extraction, all cores together.</param>
/// <param name="Cpu">Processor time the process used meanwhile, all cores summed.</param>
/// <param name="Warmup">Time of the first, unmeasured extraction (tables loaded, code compiled).</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set, from its start.</param>
/// <param name="GcHeapBytes">Managed heap in use at the end of the run.</param>
/// <param name="AllocatedBytes">Bytes allocated during the run.</param>
/// <param name="Collections">Garbage collections during the run, for generations 0, 1 and 2.</param>
internal sealed record BenchResult(
    int Articles,
    long Characters,
    long Facts,
    int ArticlesWithoutFacts,
    TimeSpan Wall,
    TimeSpan Cpu,
    TimeSpan Warmup,
    long PeakWorkingSetBytes,
    long GcHeapBytes,
    long AllocatedBytes,
    int[] Collections)
{
    public double ArticlesPerSecond => Articles / Wall.TotalSeconds;

    public double CharactersPerSecond => Characters / Wall.TotalSeconds;
}
