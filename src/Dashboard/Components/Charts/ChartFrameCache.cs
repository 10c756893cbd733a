using System.Runtime.CompilerServices;
using Metrics.Queries;
using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Components.Charts;

/// <summary>A drawn SVG frame of a metric chart and the x range it shows (for the zoom controls).</summary>
public sealed record SvgFrame(string Svg, double XMin, double XMax);

/// <summary>
/// SVG frames of <see cref="MetricChart"/> already drawn, so that a page asked for again draws
/// nothing: keyed by the <see cref="SeriesResult"/> instance (which <see cref="SeriesQuery"/> keeps
/// for one data version, so any change to the data is a new result and a new key), the options and
/// the size. Bounded in memory; an entry not asked for in a while is dropped.
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
    public SvgFrame GetOrDraw(SeriesResult result, MetricChartOptions options, int width, int height, Func<SvgFrame> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var key = new FrameKey(result, options, width, height);
        if (frames.TryGetValue(key, out SvgFrame? kept) && kept is not null)
        {
            return kept;
        }

        var frame = draw();
        Interlocked.Increment(ref drawn);
        frames.Set(key, frame, new MemoryCacheEntryOptions { Size = Math.Max(1, frame.Svg.Length), SlidingExpiration = Unused });
        return frame;
    }

    /// <inheritdoc />
    public void Dispose() => frames.Dispose();

    // The result by reference: two results are the same data only when they are the same instance
    // (comparing their points would cost more than it saves, and a result of another version must miss).
    private sealed class FrameKey(SeriesResult result, MetricChartOptions options, int width, int height) : IEquatable<FrameKey>
    {
        private readonly SeriesResult result = result;
        private readonly MetricChartOptions options = options;
        private readonly int width = width;
        private readonly int height = height;

        public bool Equals(FrameKey? other) =>
            other is not null && ReferenceEquals(result, other.result) && options == other.options && width == other.width && height == other.height;

        public override bool Equals(object? obj) => Equals(obj as FrameKey);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(result), options, width, height);
    }
}
