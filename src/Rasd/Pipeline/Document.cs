using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Rasd.Input;
using Rasd.Text;

namespace Rasd.Pipeline;

/// <summary>
/// One article as it flows through the pipeline: the text, never modified, and the typed,
/// span-anchored annotations each stage adds over it.
/// </summary>
public sealed class Document
{
    /// <summary>Each layer is a List of its annotation type, so that reading one copies it as it is, without casting every item.</summary>
    private readonly Dictionary<Type, System.Collections.IList> _layers = [];
    private NormalizedView? _normalized;
    private IReadOnlyList<Token>? _tokens;

    public Document(ArticleInput input)
    {
        File = input.File;
        Text = input.Text;
        Metadata = input.Metadata;
        Id = HashOf(Text);
    }

    /// <summary>The SHA-256 of the text's UTF-8 bytes in lower-case hex, encoded into a rented buffer rather than a new array per article.</summary>
    private static string HashOf(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public string Id { get; }

    public string File { get; }

    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    /// <summary>A date the user or a feed supplied; it wins over anything read from the text.</summary>
    public string? SuppliedPublished { get; init; }

    /// <summary>The folded view for matching, set by the normalize stage.</summary>
    public NormalizedView Normalized => _normalized ?? throw new InvalidOperationException("the normalize stage has not run");

    /// <summary>Tokens of <see cref="Normalized"/>, set by the normalize stage.</summary>
    public IReadOnlyList<Token> Tokens => _tokens ?? throw new InvalidOperationException("the normalize stage has not run");

    public bool IsNormalized => _normalized is not null;

    /// <summary>The stage now running, for a time-out to name.</summary>
    internal string? CurrentStage { get; set; }

    /// <summary>When analysis must stop (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), or long.MaxValue for no limit.</summary>
    internal long Deadline { get; set; } = long.MaxValue;

    internal TimeSpan Budget { get; set; }

    /// <summary>
    /// Stops a pathological article: stages call this in loops whose length grows with the input,
    /// and the pipeline between stages, so no article holds a thread past its time budget.
    /// </summary>
    /// <remarks>
    /// Called in the innermost loops, it reads the clock only every <see cref="CallsPerClockRead"/>th
    /// call: reading it each time cost a twentieth of the whole analysis.
    /// </remarks>
    public void ThrowIfOutOfTime()
    {
        if (Deadline == long.MaxValue || --_callsUntilClockRead > 0)
        {
            return;
        }
        _callsUntilClockRead = CallsPerClockRead;
        ThrowIfPastDeadline();
    }

    /// <summary>Reads the clock now: the pipeline calls it between stages.</summary>
    internal void ThrowIfPastDeadline()
    {
        if (Deadline != long.MaxValue && System.Diagnostics.Stopwatch.GetTimestamp() > Deadline)
        {
            throw new AnalysisTimeoutException(File, CurrentStage ?? "pipeline", Budget);
        }
    }

    private const int CallsPerClockRead = 32;

    private int _callsUntilClockRead;

    internal void SetNormalized(NormalizedView view, IReadOnlyList<Token> tokens)
    {
        _normalized = view;
        _tokens = tokens;
    }

    public void Add<T>(T annotation)
        where T : notnull
    {
        ThrowIfOutOfTime();
        if (annotation is ISpan span && (span.Start < 0 || span.End > Text.Length || span.Start > span.End))
        {
            throw new ArgumentOutOfRangeException(nameof(annotation), $"span {span.Start}..{span.End} is outside the text of {File}");
        }
        if (!_layers.TryGetValue(typeof(T), out var layer))
        {
            _layers[typeof(T)] = layer = new List<T>();
        }
        ((List<T>)layer).Add(annotation);
    }

    public IReadOnlyList<T> All<T>()
    {
        ThrowIfOutOfTime();
        return _layers.TryGetValue(typeof(T), out var layer) ? new List<T>((List<T>)layer) : [];
    }

    /// <summary>The first annotation of a layer that matches, as <c>All&lt;T&gt;().FirstOrDefault(match)</c> finds it, without copying the layer.</summary>
    public T? Find<T>(Predicate<T> match)
        where T : class
    {
        ThrowIfOutOfTime();
        return _layers.TryGetValue(typeof(T), out var layer) ? ((List<T>)layer).Find(match) : null;
    }

    public T? First<T>()
        where T : class =>
        _layers.TryGetValue(typeof(T), out var layer) && layer.Count > 0 ? ((List<T>)layer)[0] : null;

    public void RemoveAll<T>(Predicate<T> match)
    {
        if (_layers.TryGetValue(typeof(T), out var layer))
        {
            ((List<T>)layer).RemoveAll(match);
        }
    }

    /// <summary>Every span annotation of every layer, for checks that hold across layers.</summary>
    public IEnumerable<ISpan> AllSpans() => _layers.Values.SelectMany(l => l.OfType<ISpan>());

    public string Slice(ISpan span) => Text[span.Start..span.End];

    /// <summary>
    /// Extends a span over the closing bracket or quotation mark that pairs one opened inside it,
    /// so that «آذار (مارس» reads «آذار (مارس)».
    /// </summary>
    public int BalancedEnd(int start, int end)
    {
        var opened = 0;
        var quotes = 0;
        for (var i = start; i < end; i++)
        {
            switch (Text[i])
            {
                case '(':
                    opened++;
                    break;
                case ')':
                    opened = Math.Max(0, opened - 1);
                    break;
                case '"' or '“' or '”' or '«' or '»':
                    quotes++;
                    break;
            }
        }
        if (end < Text.Length && ((opened > 0 && Text[end] == ')') || (quotes % 2 == 1 && Text[end] is '"' or '”' or '»' or '“')))
        {
            return end + 1;
        }
        return end;
    }

    /// <summary>The range of the normalized view that covers an original span.</summary>
    public (int Start, int End) NormalizedRange(int start, int end) => (Normalized.FromOriginal(start), Normalized.FromOriginal(end));

    /// <summary>Tokens lying wholly inside an original span, as an index range into <see cref="Tokens"/>.</summary>
    public (int First, int End) TokenRange(int start, int end)
    {
        var (ns, ne) = NormalizedRange(start, end);
        var first = LowerBound(ns);
        var last = first;
        while (last < Tokens.Count && Tokens[last].End <= ne)
        {
            last++;
        }
        return (first, last);
    }

    /// <summary>The original span of tokens [first, end).</summary>
    public (int Start, int End) OriginalSpan(int firstToken, int endToken) =>
        Normalized.ToOriginal(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    /// <summary>Whether clause or sentence punctuation stands between two tokens.</summary>
    public bool PunctuationBetween(int left, int right)
    {
        var text = Normalized.Text;
        for (var c = Tokens[left].End; c < Tokens[right].Start; c++)
        {
            if (text[c] is '.' or '،' or ',' or '؛' or ';' or ':' or '!' or '?' or '؟' or '(' or ')' or '"' or '“' or '”' or '«' or '»' or '\n')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The index of the first token starting at or after a normalized offset.</summary>
    public int LowerBound(int normalizedOffset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < normalizedOffset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
