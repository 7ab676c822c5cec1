using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Rasd.Input;

/// <summary>
/// Decompresses gzip through <see cref="GZipStream"/> and checks what it does not: that the data
/// ends with the gzip trailer of what was decompressed (CRC-32 and length). A truncated or
/// corrupted file otherwise just ends early, and the articles after the damage would be lost
/// without a word; here the end of the stream raises an <see cref="InvalidDataException"/>
/// instead, after every record before the damage has been read.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private const int TrailerBytes = 8;
    private readonly TailTap _compressed;
    private readonly GZipStream _gzip;
    private readonly Crc32 _crc = new();
    private long _length;
    private bool _verified;

    public CheckedGzipStream(Stream compressed)
    {
        _compressed = new TailTap(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

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
        var read = _gzip.Read(buffer);
        if (read > 0)
        {
            _crc.Append(buffer[..read]);
            _length += read;
            return read;
        }
        if (!_verified && !buffer.IsEmpty)
        {
            _verified = true;
            Verify();
        }
        return 0;
    }

    private void Verify()
    {
        var tail = _compressed.Tail;
        if (tail.Length < TrailerBytes
            || BinaryPrimitives.ReadUInt32LittleEndian(tail) != _crc.GetCurrentHashAsUInt32()
            || BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) != unchecked((uint)_length))
        {
            throw new InvalidDataException(
                $"the gzip data is truncated or corrupt after {_length:N0} decompressed bytes: they do not match the gzip trailer's checksum and length "
                + "(a file of several concatenated gzip members is not supported: recompress it as one)");
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Passes reads through and remembers the last bytes read, where the gzip trailer is.</summary>
    private sealed class TailTap(Stream inner) : Stream
    {
        private readonly byte[] _tail = new byte[TrailerBytes];
        private int _tailLength;

        public ReadOnlySpan<byte> Tail => _tail.AsSpan(0, _tailLength);

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
            var read = inner.Read(buffer);
            if (read >= TrailerBytes)
            {
                buffer.Slice(read - TrailerBytes, TrailerBytes).CopyTo(_tail);
                _tailLength = TrailerBytes;
            }
            else if (read > 0)
            {
                var keep = Math.Min(_tailLength, TrailerBytes - read);
                _tail.AsSpan(_tailLength - keep, keep).CopyTo(_tail);
                buffer[..read].CopyTo(_tail.AsSpan(keep));
                _tailLength = keep + read;
            }
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
