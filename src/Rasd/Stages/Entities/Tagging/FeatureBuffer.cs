namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The feature keys of one sentence, token by token, in arrays that grow once and are reused for
/// every later sentence: tagging a sentence allocates nothing here. Token t owns
/// <c>Keys[Start(t)..Start(t + 1)]</c>, of which <c>Keys[Start(t)..IdentityEnd(t)]</c> say which word
/// the token is (its text, readings, skeleton, the word pairs with it) and the rest what it looks
/// like and where it stands. Not thread-safe: one buffer per thread.
/// </summary>
public sealed class FeatureBuffer
{
    private ulong[] _keys = new ulong[4096];
    private int[] _offsets = new int[129];
    private int[] _identityEnds = new int[128];
    private int _count;

    /// <summary>The tokens of the sentence last extracted.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Every key of the sentence, token after token.</summary>
    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, _count);

    /// <summary>The keys of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<ulong> KeysOf(int token) => _keys.AsSpan(_offsets[token], _offsets[token + 1] - _offsets[token]);

    /// <summary>Where token <paramref name="token"/>'s keys start in <see cref="Keys"/>; <c>Start(TokenCount)</c> is their count.</summary>
    public int Start(int token) => _offsets[token];

    /// <summary>Where the keys naming token <paramref name="token"/>'s word end (<see cref="FeatureBuffer"/>).</summary>
    public int IdentityEnd(int token) => _identityEnds[token];

    /// <summary>Lexicon marks and token readings, reused by <see cref="TaggerFeatures"/> from sentence to sentence.</summary>
    internal LexiconMarks Marks { get; } = new();

    internal TokenView[] Views { get; private set; } = new TokenView[128];

    internal void Reset(int tokenCount)
    {
        TokenCount = tokenCount;
        _count = 0;
        if (_offsets.Length < tokenCount + 1)
        {
            _offsets = new int[Math.Max(tokenCount + 1, _offsets.Length * 2)];
        }
        if (_identityEnds.Length < tokenCount)
        {
            _identityEnds = new int[Math.Max(tokenCount, _identityEnds.Length * 2)];
        }
        if (Views.Length < tokenCount)
        {
            Views = new TokenView[Math.Max(tokenCount, Views.Length * 2)];
        }
    }

    /// <summary>Starts the keys of the next token; tokens are begun in order.</summary>
    internal void BeginToken(int token) => _offsets[token] = _count;

    /// <summary>Ends the keys that name the current token's word; the ones after it describe it.</summary>
    internal void EndIdentity(int token) => _identityEnds[token] = _count;

    /// <summary>Closes the last token.</summary>
    internal void Finish() => _offsets[TokenCount] = _count;

    internal void Add(ulong key)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }
        _keys[_count++] = key;
    }
}
