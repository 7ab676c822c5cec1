namespace Rasd.Input;

/// <summary>
/// A read-only stream that gives back the bytes already read from another stream (to recognize
/// its format), then the rest of it, so that standard input and compressed streams, which cannot
/// seek, are sniffed without being read twice.
/// </summary>
internal sealed class ReplayStream(byte[] head, int headLength, Stream rest, bool leaveOpen = false) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < headLength)
        {
            var n = Math.Min(buffer.Length, headLength - _position);
            head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return rest.Read(buffer);
    }

    /// <summary>Reads up to <paramref name="size"/> bytes from the start of a stream, as many as it has.</summary>
    public static (byte[] Head, int Length) ReadHead(Stream stream, int size)
    {
        var head = new byte[size];
        var length = 0;
        int read;
        while (length < size && (read = stream.Read(head, length, size - length)) > 0)
        {
            length += read;
        }
        return (head, length);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            rest.Dispose();
        }
        base.Dispose(disposing);
    }
}
