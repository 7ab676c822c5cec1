using Rasd.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// A token with the readings its features need, hashed once per sentence and read by every
/// position that looks at it (the token itself and up to two neighbours either side). The readings
/// without proclitics and without the article are always suffixes of the token (with the article's
/// alef put back after ل in للتعاون), so they are kept as offsets, never as strings.
/// </summary>
internal struct TokenView
{
    /// <summary>The most readings without proclitics a token has (<see cref="Clitics.MaxReadings"/> less the token itself).</summary>
    public const int MaxStems = Clitics.MaxReadings - 1;

    private ulong _stem0;
    private ulong _stem1;
    private ulong _stem2;

    /// <summary>The hash of the token.</summary>
    public ulong Text;

    /// <summary>How many readings without proclitics the token has.</summary>
    public int StemCount;

    /// <summary>Where the token without proclitics and article starts, or -1 when no reading has the article.</summary>
    public int CoreStart;

    /// <summary>The hash of the token from <see cref="CoreStart"/> on.</summary>
    public ulong Core;

    /// <summary>The last reading without proclitics (the token itself when there is none): what is skipped, and whether ا is put back.</summary>
    public int LastStemSkip;

    public bool LastStemRestoresAlef;

    /// <summary>The token's class at each clustering level, coarse to fine; null when it was too rare.</summary>
    public int[]? ClusterLevels;

    /// <summary>The classes of the token's reading without proclitics and article, when it has one that differs from the token.</summary>
    public int[]? StemClusterLevels;

    /// <summary>The token's name-cue bins (<see cref="WordEvidence"/>); null when the corpus had it too rarely.</summary>
    public byte[]? Evidence;

    /// <summary>The name-cue bins of the token's reading without proclitics and article, when it has one.</summary>
    public byte[]? StemEvidence;

    public readonly ulong Stem(int index) => index switch
    {
        0 => _stem0,
        1 => _stem1,
        _ => _stem2,
    };

    public static TokenView Read(string token, WordClusters clusters) => Read(token, clusters, WordEvidence.Empty);

    public static TokenView Read(string token, WordClusters clusters, WordEvidence evidence)
    {
        var view = default(TokenView);
        ReadInto(ref view, token, clusters, evidence);
        return view;
    }

    /// <summary>
    /// Reads <paramref name="token"/> into a view in place, field by field: assigning a whole view
    /// (it holds references) into the sentence's array cost a copy under the GC's write barrier
    /// per token, a quarter of the time of extracting the features.
    /// </summary>
    public static void ReadInto(ref TokenView view, string token, WordClusters clusters, WordEvidence evidence)
    {
        view._stem0 = view._stem1 = view._stem2 = 0;
        view.Text = FeatureKey.Text(token);
        view.StemCount = 0;
        view.CoreStart = -1;
        view.Core = 0;
        view.LastStemSkip = 0;
        view.LastStemRestoresAlef = false;
        view.ClusterLevels = null;
        view.StemClusterLevels = null;
        view.Evidence = null;
        view.StemEvidence = null;
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        Span<char> buffer = stackalloc char[64];
        var count = Clitics.ReadingOffsets(token, readings);
        // The token itself, then each stripped reading: the last reading that opens with the
        // article gives the core (والعاصمة → عاصمه), a safe reading, since the article does not
        // begin names by chance.
        if (token.Length >= 4 && token.StartsWith("ال", StringComparison.Ordinal))
        {
            view.CoreStart = 2;
        }
        for (var r = 1; r < count; r++)
        {
            var (skip, restoresAlef) = readings[r];
            var stem = ReadingText(token, skip, restoresAlef, buffer);
            view.SetStem(view.StemCount++, FeatureKey.Text(stem));
            view.LastStemSkip = skip;
            view.LastStemRestoresAlef = restoresAlef;
            if (stem.Length >= 4 && stem.StartsWith("ال"))
            {
                view.CoreStart = restoresAlef ? skip + 1 : skip + 2;
            }
        }
        if (view.CoreStart >= 0)
        {
            view.Core = FeatureKey.Text(token.AsSpan(view.CoreStart));
        }
        if (clusters.Count == 0 && evidence.Count == 0)
        {
            return;
        }
        // The bare reading: without the article when a reading has it, else without the proclitics.
        var hasBare = view.CoreStart >= 0 || view.StemCount > 0;
        var bare = view.CoreStart >= 0 ? token.AsSpan(view.CoreStart) : ReadingText(token, view.LastStemSkip, view.LastStemRestoresAlef, buffer);
        if (clusters.Count > 0)
        {
            var own = clusters.Find(token);
            var ofBare = hasBare ? clusters.Find(bare) : null;
            view.ClusterLevels = own ?? ofBare;
            view.StemClusterLevels = own is not null ? ofBare : null;
        }
        if (evidence.Count > 0)
        {
            view.Evidence = evidence.Find(token);
            view.StemEvidence = hasBare ? evidence.Find(bare) : null;
        }
    }

    /// <summary>
    /// The text of a reading of <paramref name="token"/>: the token less its first
    /// <paramref name="skip"/> characters, with ا put before them when the reading restores the
    /// article (للتعاون → التعاون), written into <paramref name="buffer"/> only in that case.
    /// </summary>
    public static ReadOnlySpan<char> ReadingText(string token, int skip, bool restoresAlef, Span<char> buffer)
    {
        if (!restoresAlef)
        {
            return token.AsSpan(skip);
        }
        var length = token.Length - skip + 1;
        var target = length <= buffer.Length ? buffer[..length] : (Span<char>)new char[length];
        target[0] = 'ا';
        token.AsSpan(skip).CopyTo(target[1..]);
        return target;
    }

    private void SetStem(int index, ulong hash)
    {
        switch (index)
        {
            case 0:
                _stem0 = hash;
                break;
            case 1:
                _stem1 = hash;
                break;
            default:
                _stem2 = hash;
                break;
        }
    }
}
