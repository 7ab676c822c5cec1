namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The observation features of each token of a sentence, as 64-bit keys (<see cref="FeatureKey"/>).
/// Arabic names are mostly recognised from the word itself with its clitics stripped, its affixes
/// and skeleton (which tolerate spelling variants of foreign names), the words around it, the
/// gazetteers and the cue words (a title before a person, a head noun opening an organization).
/// Word clusters, when the model has them, generalise the word to words seen in similar contexts,
/// and name evidence says how often the bulk corpus put the word where names stand (after a
/// title, beside a reporting verb): both describe words the training corpora never had, and
/// neither counts as naming the word, so word dropout keeps them.
/// Each token is read once (<see cref="TokenView"/>) and every feature is a hash of its template
/// and parts of the token: extraction allocates nothing once its <see cref="FeatureBuffer"/> is warm.
/// </summary>
public sealed class TaggerFeatures
{
    /// <summary>Bumped whenever the features change, so that an old model is refused rather than misread.</summary>
    public const int TemplateVersion = 4;

    /// <summary>How far either side the clusters of neighbours are read.</summary>
    internal const int ClusterReach = 1;

    /// <summary>How far either side the clusters of neighbours' bare readings are read.</summary>
    internal const int StemClusterReach = 1;

    /// <summary>How far either side the name evidence of neighbours is read.</summary>
    internal const int EvidenceReach = 1;

    private static readonly ulong SentenceStart = FeatureKey.Text("<s>");
    private static readonly ulong SentenceEnd = FeatureKey.Text("</s>");

    private readonly TaggerLexicon _lexicon;
    private readonly WordClusters _clusters;
    private readonly WordEvidence _evidence;

    public TaggerFeatures(TaggerLexicon lexicon, WordClusters clusters)
        : this(lexicon, clusters, WordEvidence.Empty)
    {
    }

    public TaggerFeatures(TaggerLexicon lexicon, WordClusters clusters, WordEvidence evidence)
    {
        _lexicon = lexicon;
        _clusters = clusters;
        _evidence = evidence;
    }

    /// <summary>Writes the keys of every token of <paramref name="tokens"/> (folded, as <see cref="TaggerInput"/> makes them) into <paramref name="buffer"/>.</summary>
    public void Extract(IReadOnlyList<string> tokens, FeatureBuffer buffer) => Extract(tokens, buffer, tableKeys: true);

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{string}, FeatureBuffer)"/>; without <paramref name="tableKeys"/>
    /// the keys of the clusters and name evidence are left out and the token views do not look the
    /// tables up, for a tagger that adds their summed weights per word instead (<see cref="NerModel"/>),
    /// as <see cref="TableRows"/> lays them out, finding the word by the hashes of its view.
    /// </summary>
    internal void Extract(IReadOnlyList<string> tokens, FeatureBuffer buffer, bool tableKeys)
    {
        var n = tokens.Count;
        buffer.Reset(n);
        var views = buffer.Views;
        // Without the table keys the tagger reads the tables itself, by the hashes of the view.
        var clusters = tableKeys ? _clusters : WordClusters.Empty;
        var evidence = tableKeys ? _evidence : WordEvidence.Empty;
        for (var i = 0; i < n; i++)
        {
            TokenView.ReadInto(ref views[i], tokens[i], clusters, evidence);
        }
        var marks = buffer.Marks;
        _lexicon.Annotate(tokens, marks);
        for (var i = 0; i < n; i++)
        {
            buffer.BeginToken(i);
            // The keys naming the word come first, so that training can leave them out (word dropout).
            AddIdentity(buffer, 0, in views[i]);
            AddSkeleton(buffer, tokens[i], in views[i]);
            var previous = i > 0 ? views[i - 1].Text : SentenceStart;
            var next = i + 1 < n ? views[i + 1].Text : SentenceEnd;
            buffer.Add(FeatureKey.With(FeatureKey.With(FeatureKey.Of(FeatureTemplate.WordPairBefore), previous), views[i].Text));
            buffer.Add(FeatureKey.With(FeatureKey.With(FeatureKey.Of(FeatureTemplate.WordPairAfter), views[i].Text), next));
            buffer.EndIdentity(i);
            buffer.Add(FeatureKey.Of(FeatureTemplate.Bias));
            if (tableKeys)
            {
                AddClusters(buffer, 0, in views[i]);
                AddEvidence(buffer, 0, in views[i]);
            }
            if (tableKeys && views[i].StemEvidence is { } stemEvidence)
            {
                for (var cue = 0; cue < stemEvidence.Length; cue++)
                {
                    if (stemEvidence[cue] != 0)
                    {
                        buffer.Add(StemEvidenceKey(cue, stemEvidence[cue]));
                    }
                }
            }
            AddAffixes(buffer, tokens[i], in views[i]);
            AddShape(buffer, tokens[i]);
            if (i == 0)
            {
                buffer.Add(FeatureKey.Of(FeatureTemplate.First));
            }
            for (var offset = -FeatureKey.MaxOffset; offset <= FeatureKey.MaxOffset; offset++)
            {
                if (offset == 0)
                {
                    continue;
                }
                var j = i + offset;
                if (j < 0 || j >= n)
                {
                    buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Word, offset), j < 0 ? SentenceStart : SentenceEnd));
                    continue;
                }
                AddIdentity(buffer, offset, in views[j]);
                if (tableKeys && Math.Abs(offset) <= ClusterReach)
                {
                    AddClusters(buffer, offset, in views[j]);
                }
                if (tableKeys && Math.Abs(offset) <= EvidenceReach)
                {
                    AddEvidence(buffer, offset, in views[j]);
                }
                foreach (var mark in marks[j])
                {
                    buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Lexicon, offset), _lexicon.MarkKey(mark)));
                }
            }
            foreach (var mark in marks[i])
            {
                var key = _lexicon.MarkKey(mark);
                buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Lexicon), key));
                // A name in a gazetteer right after a title is a strong sign of a person.
                if (i > 0)
                {
                    foreach (var before in marks[i - 1])
                    {
                        buffer.Add(FeatureKey.With(FeatureKey.With(FeatureKey.Of(FeatureTemplate.LexiconPair), _lexicon.MarkKey(before)), key));
                    }
                }
            }
        }
        buffer.Finish();
    }

    /// <summary>A word and its stripped readings at a position (0 for the token itself, -1 before it…).</summary>
    private static void AddIdentity(FeatureBuffer buffer, int position, in TokenView word)
    {
        buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Word, position), word.Text));
        for (var s = 0; s < word.StemCount; s++)
        {
            buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Stem, position), word.Stem(s)));
        }
        if (word.CoreStart >= 0)
        {
            buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Core, position), word.Core));
        }
    }

    /// <summary>The clusters of a word at a position, or a mark that it was too rare to have any.</summary>
    private void AddClusters(FeatureBuffer buffer, int position, in TokenView word)
    {
        if (word.ClusterLevels is { } levels)
        {
            for (var level = 0; level < levels.Length; level++)
            {
                buffer.Add(ClusterKey(FeatureTemplate.Cluster, position, level, levels[level]));
            }
        }
        else if (_clusters.Count > 0)
        {
            // Too rare to be clustered: itself a hint of a name.
            buffer.Add(TableRows.ClusterRare(position));
        }
        if (word.StemClusterLevels is { } stemLevels && Math.Abs(position) <= StemClusterReach)
        {
            for (var level = 0; level < stemLevels.Length; level++)
            {
                buffer.Add(ClusterKey(FeatureTemplate.StemCluster, position, level, stemLevels[level]));
            }
        }
    }

    /// <summary>
    /// The positions whose cluster features a tagger may sum per word: the token and
    /// <see cref="ClusterReach"/> words either side (index <c>position + ClusterReach</c>).
    /// </summary>
    internal const int ClusterPositions = 2 * ClusterReach + 1;

    /// <summary>The positions whose name-evidence features a tagger may sum per word (index <c>position + EvidenceReach</c>).</summary>
    internal const int EvidencePositions = 2 * EvidenceReach + 1;

    /// <summary>
    /// The keys of a word's table features at each position, for summing their weights once per
    /// word: its cluster classes (as the word's own or as its bare reading's), its name-cue bins,
    /// and at position 0 only, its bare reading's bins.
    /// </summary>
    internal static class TableRows
    {
        public static ulong ClusterRare(int position) => FeatureKey.Of(FeatureTemplate.ClusterRare, position);

        public static ulong EvidenceNone(int position) => FeatureKey.Of(FeatureTemplate.NameEvidenceNone, position);

        /// <summary>The key of one class of one clustering level at a position.</summary>
        public static ulong Cluster(FeatureTemplate template, int position, int level, int cluster) => ClusterKey(template, position, level, cluster);

        public static IEnumerable<ulong> Evidence(int position, byte[] bins)
        {
            for (var cue = 0; cue < bins.Length; cue++)
            {
                if (bins[cue] != 0)
                {
                    yield return EvidenceKey(position, cue, bins[cue]);
                }
            }
        }

        public static IEnumerable<ulong> StemEvidence(byte[] bins)
        {
            for (var cue = 0; cue < bins.Length; cue++)
            {
                if (bins[cue] != 0)
                {
                    yield return StemEvidenceKey(cue, bins[cue]);
                }
            }
        }
    }

    private static ulong ClusterKey(FeatureTemplate template, int position, int level, int cluster) =>
        FeatureKey.With(FeatureKey.Of(template, position), FeatureKey.Number(((long)level << 32) | (uint)cluster));

    private static ulong EvidenceKey(int position, int cue, byte bin) =>
        FeatureKey.With(FeatureKey.Of(FeatureTemplate.NameEvidence, position), FeatureKey.Number((cue << 8) | bin));

    private static ulong StemEvidenceKey(int cue, byte bin) =>
        FeatureKey.With(FeatureKey.Of(FeatureTemplate.NameEvidenceStem), FeatureKey.Number((cue << 8) | bin));

    /// <summary>The name-cue bins of a word at a position, or a mark that the corpus had it too rarely.</summary>
    private void AddEvidence(FeatureBuffer buffer, int position, in TokenView word)
    {
        if (word.Evidence is { } bins)
        {
            for (var cue = 0; cue < bins.Length; cue++)
            {
                if (bins[cue] != 0)
                {
                    buffer.Add(EvidenceKey(position, cue, bins[cue]));
                }
            }
        }
        else if (_evidence.Count > 0)
        {
            buffer.Add(TableRows.EvidenceNone(position));
        }
    }

    private static void AddAffixes(FeatureBuffer buffer, string text, in TokenView word)
    {
        for (var n = 1; n <= 4 && n <= text.Length; n++)
        {
            buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Prefix), FeatureKey.Text(text.AsSpan(0, n))));
            buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Suffix), FeatureKey.Text(text.AsSpan(text.Length - n))));
        }
        if (word.CoreStart >= 0)
        {
            var core = text.AsSpan(word.CoreStart);
            buffer.Add(FeatureKey.Of(FeatureTemplate.Article));
            for (var n = 1; n <= 3 && n <= core.Length; n++)
            {
                buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.CorePrefix), FeatureKey.Text(core[..n])));
            }
        }
    }

    /// <summary>The consonant skeleton of the word without the article, or else of its last reading without proclitics.</summary>
    private static void AddSkeleton(FeatureBuffer buffer, string text, in TokenView word)
    {
        Span<char> reading = stackalloc char[64];
        scoped ReadOnlySpan<char> skeletonOf;
        if (word.CoreStart >= 0)
        {
            skeletonOf = text.AsSpan(word.CoreStart);
        }
        else
        {
            skeletonOf = TokenView.ReadingText(text, word.LastStemSkip, word.LastStemRestoresAlef, reading);
        }
        Span<char> skeleton = stackalloc char[64];
        buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Skeleton), FeatureKey.Text(Skeleton(skeletonOf, skeleton))));
    }

    private static void AddShape(FeatureBuffer buffer, string text)
    {
        var letters = 0;
        var latin = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }
        var shape = digits == text.Length ? Shape.Digits
            : latin == text.Length ? (char.IsAsciiLetterUpper(text[0]) ? (AllUpper(text) ? Shape.LatinUpper : Shape.LatinCapitalised) : Shape.LatinLower)
            : letters == text.Length ? Shape.Arabic
            : Shape.Mixed;
        buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Shape), FeatureKey.Number((long)shape)));
        buffer.Add(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Length), FeatureKey.Number(text.Length switch { <= 2 => 2, 3 => 3, <= 5 => 5, <= 8 => 8, _ => 9 })));
    }

    private static bool AllUpper(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The consonant skeleton: the word without the long vowels ا و ي inside it, so that variant
    /// spellings of a foreign name (جاباروف، جباروف) share a feature.
    /// </summary>
    public static string Skeleton(string word) => new(Skeleton(word, new char[word.Length]));

    /// <summary>The skeleton of <paramref name="word"/>, written into <paramref name="buffer"/> (or a new array when the word is longer).</summary>
    private static ReadOnlySpan<char> Skeleton(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length <= 2)
        {
            return word;
        }
        var target = word.Length <= buffer.Length ? buffer : new char[word.Length];
        var length = 0;
        target[length++] = word[0];
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is not ('ا' or 'و' or 'ي'))
            {
                target[length++] = word[i];
            }
        }
        target[length++] = word[^1];
        return target[..length];
    }

    private enum Shape
    {
        Arabic,
        Digits,
        LatinLower,
        LatinCapitalised,
        LatinUpper,
        Mixed,
    }
}
