using Rasd.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The observation features of each token of a sentence, as strings. Arabic names are mostly
/// recognised from the word itself with its clitics stripped, its affixes and skeleton (which
/// tolerate spelling variants of foreign names), the words around it, the gazetteers and the cue
/// words (a title before a person, a head noun opening an organization). Word clusters, when the
/// model has them, generalise the word to words seen in similar contexts.
/// </summary>
public sealed class TaggerFeatures
{
    /// <summary>Bumped whenever the features change, so that an old model is refused rather than misread.</summary>
    public const int TemplateVersion = 1;

    private const string SentenceStart = "<s>";
    private const string SentenceEnd = "</s>";

    private readonly TaggerLexicon _lexicon;
    private readonly WordClusters _clusters;

    public TaggerFeatures(TaggerLexicon lexicon, WordClusters clusters)
    {
        _lexicon = lexicon;
        _clusters = clusters;
    }

    public List<string>[] Extract(IReadOnlyList<string> tokens)
    {
        var words = new WordView[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = new WordView(tokens[i], _clusters);
        }
        var marks = _lexicon.Annotate(tokens);
        var features = new List<string>[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var f = new List<string>(96) { "bias" };
            var word = words[i];
            AddWord(f, "0", word);
            AddAffixes(f, word);
            AddShape(f, word.Text);
            if (i == 0)
            {
                f.Add("first");
            }
            for (var offset = -2; offset <= 2; offset++)
            {
                if (offset == 0)
                {
                    continue;
                }
                var j = i + offset;
                var key = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (j < 0 || j >= tokens.Count)
                {
                    f.Add($"w{key}={(j < 0 ? SentenceStart : SentenceEnd)}");
                    continue;
                }
                AddWord(f, key, words[j]);
                foreach (var mark in marks[j])
                {
                    f.Add($"g{key}={mark}");
                }
            }
            foreach (var mark in marks[i])
            {
                f.Add("g0=" + mark);
                // A name in a gazetteer right after a title is a strong sign of a person.
                if (i > 0)
                {
                    foreach (var before in marks[i - 1])
                    {
                        f.Add($"g-1,0={before}|{mark}");
                    }
                }
            }
            f.Add($"w-1,0={(i > 0 ? words[i - 1].Text : SentenceStart)}|{word.Text}");
            f.Add($"w0,1={word.Text}|{(i + 1 < tokens.Count ? words[i + 1].Text : SentenceEnd)}");
            features[i] = f;
        }
        return features;
    }

    /// <summary>A word and its stripped readings under a position key (0 for the token itself, -1 before it…).</summary>
    private static void AddWord(List<string> f, string key, WordView word)
    {
        f.Add($"w{key}={word.Text}");
        foreach (var stem in word.Stems)
        {
            f.Add($"s{key}={stem}");
        }
        if (word.Core is { } core)
        {
            f.Add($"d{key}={core}");
        }
        if (word.ClusterLevels is { } levels)
        {
            for (var level = 0; level < levels.Length; level++)
            {
                f.Add($"c{key}:{level}={levels[level]}");
            }
        }
        else if (word.HasClusters)
        {
            // Too rare to be clustered: itself a hint of a name.
            f.Add($"c{key}=rare");
        }
    }

    private static void AddAffixes(List<string> f, WordView word)
    {
        var text = word.Text;
        for (var n = 1; n <= 4 && n <= text.Length; n++)
        {
            f.Add($"p{n}={text[..n]}");
            f.Add($"x{n}={text[^n..]}");
        }
        if (word.Core is { } core)
        {
            f.Add("al");
            for (var n = 1; n <= 3 && n <= core.Length; n++)
            {
                f.Add($"dp{n}={core[..n]}");
            }
        }
        f.Add("k=" + Skeleton(word.Core ?? word.LastStem));
    }

    private static void AddShape(List<string> f, string text)
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
        var shape = digits == text.Length ? "D"
            : latin == text.Length ? (char.IsAsciiLetterUpper(text[0]) ? (text.All(char.IsAsciiLetterUpper) ? "LU" : "Lc") : "Ll")
            : letters == text.Length ? "A"
            : "M";
        f.Add("sh=" + shape);
        f.Add("len=" + (text.Length switch { <= 2 => "2", 3 => "3", <= 5 => "5", <= 8 => "8", _ => "9" }));
    }

    /// <summary>
    /// The consonant skeleton: the word without the long vowels ا و ي inside it, so that variant
    /// spellings of a foreign name (جاباروف، جباروف) share a feature.
    /// </summary>
    public static string Skeleton(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }
        var chars = new List<char>(word.Length) { word[0] };
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is not ('ا' or 'و' or 'ي'))
            {
                chars.Add(word[i]);
            }
        }
        chars.Add(word[^1]);
        return new string([.. chars]);
    }

    /// <summary>A token with the readings the features need, computed once per sentence.</summary>
    private sealed class WordView
    {
        public WordView(string text, WordClusters clusters)
        {
            Text = text;
            var stems = new List<string>(3);
            foreach (var (stem, prefix) in Clitics.Readings(text))
            {
                if (prefix > 0)
                {
                    stems.Add(stem);
                }
            }
            Stems = stems;
            LastStem = stems.Count > 0 ? stems[^1] : text;
            // The word without proclitics and article, when a reading starts with the article
            // (والعاصمة → عاصمه): a safe reading, since the article does not begin names by chance.
            foreach (var candidate in stems.Prepend(text))
            {
                if (candidate.Length >= 4 && candidate.StartsWith("ال", StringComparison.Ordinal))
                {
                    Core = candidate[2..];
                }
            }
            HasClusters = clusters.Count > 0;
            var path = clusters.Find(text) ?? (Core is null ? null : clusters.Find(Core)) ?? clusters.Find(LastStem);
            ClusterLevels = path?.Split('/');
        }

        public string Text { get; }

        public IReadOnlyList<string> Stems { get; }

        public string LastStem { get; }

        public string? Core { get; }

        /// <summary>The word's class at each clustering size, coarse to fine; null when it was too rare.</summary>
        public string[]? ClusterLevels { get; }

        public bool HasClusters { get; }
    }
}
