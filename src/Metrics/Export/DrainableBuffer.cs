namespace Metrics.Export;

/// <summary>
/// A write-only stream that collects what synchronous writers (ZipArchive, XmlWriter) write, so
/// the caller can move it to the real output asynchronously between rows: ASP.NET Core forbids
/// synchronous writes to a response, and a workbook must not wait until it is complete.
/// </summary>
internal sealed class DrainableBuffer : Stream
{
    private readonly MemoryStream buffer = new();
    private long written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> bytes)
    {
        this.buffer.Write(bytes);
        written += bytes.Length;
    }

    public override void Flush()
    {
    }

    /// <summary>Moves everything collected so far to <paramref name="target"/> and empties the buffer.</summary>
    public async Task DrainToAsync(Stream target, CancellationToken cancellationToken)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        await target.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        await target.FlushAsync(cancellationToken);
        buffer.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
