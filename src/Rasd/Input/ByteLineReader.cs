namespace Rasd.Input;

/// <summary>
/// Reads a stream line by line as bytes, holding at most one line of at most <c>maxLineBytes</c>
/// in memory: a longer line is skipped to its end and reported as oversized, never buffered whole.
/// Lines are bytes rather than text so that each record of a container is decoded (and its
/// encoding checked) on its own, and one undecodable record does not stop the others.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _line = new();
    private int _position;
    private int _filled;

    public long LineNumber { get; private set; }

    /// <summary>Whether the line just read was longer than the limit (its bytes are then not kept).</summary>
    public bool LineWasOversized { get; private set; }

    /// <summary>The next line without its line break (a trailing CR is kept for the decoder to trim), or null at the end.</summary>
    public ReadOnlyMemory<byte>? ReadLine()
    {
        _line.SetLength(0);
        LineWasOversized = false;
        var any = false;
        while (true)
        {
            if (_position == _filled)
            {
                _filled = stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_filled == 0)
                {
                    if (!any)
                    {
                        return null;
                    }
                    LineNumber++;
                    return Current();
                }
            }
            any = true;
            var newline = Array.IndexOf(_buffer, (byte)'\n', _position, _filled - _position);
            var end = newline < 0 ? _filled : newline;
            Append(_position, end - _position);
            _position = newline < 0 ? _filled : newline + 1;
            if (newline >= 0)
            {
                LineNumber++;
                return Current();
            }
        }
    }

    private void Append(int offset, int count)
    {
        if (LineWasOversized)
        {
            return;
        }
        if (_line.Length + count > maxLineBytes)
        {
            LineWasOversized = true;
            _line.SetLength(0);
            return;
        }
        _line.Write(_buffer, offset, count);
    }

    private ReadOnlyMemory<byte> Current() => new(_line.GetBuffer(), 0, (int)_line.Length);
}
