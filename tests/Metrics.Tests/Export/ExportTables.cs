using Metrics.Export;

namespace Metrics.Tests.Export;

/// <summary>Small export tables built in memory, and streams that behave like an HTTP response.</summary>
internal static class ExportTables
{
    public static readonly ExportColumn[] Columns =
    [
        new("文本", ExportCellKind.Text),
        new("数值", ExportCellKind.Number),
        new("日期", ExportCellKind.Date),
    ];

    public static ExportTable Of(params object?[][] rows) => new(Columns, Stream(rows));

    public static async IAsyncEnumerable<object?[]> Stream(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}

/// <summary>
/// A write-only, non-seekable stream that refuses synchronous writes, as ASP.NET Core's response
/// body does; records how many bytes have arrived.
/// </summary>
internal sealed class ResponseLikeStream : Stream
{
    private readonly MemoryStream received = new();

    public long Received => received.Length;

    public byte[] ToArray() => received.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        received.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
