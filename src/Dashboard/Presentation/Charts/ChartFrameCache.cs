using System.Runtime.CompilerServices;
using Metrics.Queries;
using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Presentation.Charts;

/// <summary>A drawn SVG frame of a metric chart and the x range it shows (for the zoom controls).</summary>
public sealed record SvgFrame(string Svg, double XMin, double XMax);

/// <summary>
/// SVG frames of <see cref="MetricChart"/> already drawn, so that a page asked for again draws
/// nothing: keyed by the <see cref="SeriesResult"/> instance (which <see cref="SeriesQuery"/> keeps
/// for one data version, so any change to the data is a new result and a new key), the options and
/// the size; other charts by a value that changes with their data. Bounded in memory; an entry
/// not asked for in a while is dropped.
/// </summary>
public sealed class ChartFrameCache : IDisposable
{
    /// <summary>Characters of SVG kept at most, over all frames (two bytes each).</summary>
    public const long MaxCharacters = 32 * 1024 * 1024;

    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache frames = new(new MemoryCacheOptions { SizeLimit = MaxCharacters });

    /// <summary>How many frames were drawn because none was kept (for tests).</summary>
    public int Drawn => drawn;

    private int drawn;

    /// <summary>The frame of <paramref name="result"/> drawn with <paramref name="options"/> at that size: kept, or drawn by <paramref name="draw"/> and kept.</summary>
    public SvgFrame GetOrDraw(SeriesResult result, MetricChartOptions options, int width, int height, Func<SvgFrame> draw) =>
        GetOrDraw(new FrameKey(new SameInstance(result), options, width, height), draw);

    /// <summary>
    /// The frame of another chart: <paramref name="data"/> says what was drawn (a value that changes
    /// with the data, such as the data version) and <paramref name="drawing"/> how (theme, kind).
    /// </summary>
    public SvgFrame GetOrDraw<TData, TDrawing>(TData data, TDrawing drawing, int width, int height, Func<SvgFrame> draw)
        where TData : IEquatable<TData>
        where TDrawing : IEquatable<TDrawing> =>
        GetOrDraw(new FrameKey(data, drawing, width, height), draw);

    /// <inheritdoc />
    public void Dispose() => frames.Dispose();

    private SvgFrame GetOrDraw(FrameKey key, Func<SvgFrame> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (frames.TryGetValue(key, out SvgFrame? kept) && kept is not null)
        {
            return kept;
        }

        var frame = draw();
        Interlocked.Increment(ref drawn);
        frames.Set(key, frame, new MemoryCacheEntryOptions { Size = Math.Max(1, frame.Svg.Length), SlidingExpiration = Unused });
        return frame;
    }

    private sealed record FrameKey(object Data, object Drawing, int Width, int Height);

    // A series result by reference: two results are the same data only when they are the same instance
    // (comparing their points would cost more than it saves, and a result of another version must miss).
    private sealed class SameInstance(SeriesResult result) : IEquatable<SameInstance>
    {
        private readonly SeriesResult result = result;

        public bool Equals(SameInstance? other) => other is not null && ReferenceEquals(result, other.result);

        public override bool Equals(object? obj) => Equals(obj as SameInstance);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(result);
    }
}
