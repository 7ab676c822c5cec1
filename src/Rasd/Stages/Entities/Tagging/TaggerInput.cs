using Rasd.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The tokens the model sees for a sentence of words, and where each word went. Each word is folded
/// and split by the pipeline's own <see cref="Tokenizer"/>, so that a corpus token with punctuation
/// attached (<c>ميتيران،</c>, <c>(د</c>) looks like what the pipeline hands over, and a word that is
/// only punctuation yields no token at all: the pipeline never shows the tagger punctuation.
/// </summary>
public sealed class TaggerInput
{
    private TaggerInput(string[] tokens, int[] firstTokenOfWord, int[] wordOfToken)
    {
        Tokens = tokens;
        FirstTokenOfWord = firstTokenOfWord;
        WordOfToken = wordOfToken;
    }

    /// <summary>The folded tokens, in order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>For each word, the index of its first token, or -1 when the word has none (punctuation).</summary>
    public IReadOnlyList<int> FirstTokenOfWord { get; }

    /// <summary>For each token, the index of the word it came from.</summary>
    public IReadOnlyList<int> WordOfToken { get; }

    public static TaggerInput FromWords(IReadOnlyList<string> words)
    {
        var tokens = new List<string>(words.Count);
        var firstTokenOfWord = new int[words.Count];
        var wordOfToken = new List<int>(words.Count);
        for (var w = 0; w < words.Count; w++)
        {
            firstTokenOfWord[w] = -1;
            if (IsOneFoldedToken(words[w]))
            {
                firstTokenOfWord[w] = tokens.Count;
                tokens.Add(words[w]);
                wordOfToken.Add(w);
                continue;
            }
            foreach (var token in Tokenizer.Tokenize(ArabicNormalizer.Fold(words[w])))
            {
                if (firstTokenOfWord[w] < 0)
                {
                    firstTokenOfWord[w] = tokens.Count;
                }
                tokens.Add(token.Text);
                wordOfToken.Add(w);
            }
        }
        return new TaggerInput([.. tokens], firstTokenOfWord, [.. wordOfToken]);
    }

    /// <summary>
    /// Whether a word is already one folded token, as the pipeline's tokens are: only Arabic letters
    /// the fold keeps (not أ إ آ ى ة, not tatweel), or only ASCII letters, or only ASCII digits.
    /// Such a word is its own token, and the fold and the tokenizer need not run.
    /// </summary>
    internal static bool IsOneFoldedToken(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }
        var kind = Kind(word[0]);
        if (kind == CharKind.Other)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (Kind(c) != kind)
            {
                return false;
            }
        }
        return true;
    }

    private static CharKind Kind(char c) => c switch
    {
        'آ' or 'أ' or 'إ' or 'ة' or 'ى' => CharKind.Other,
        (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') => CharKind.Letter,
        _ when char.IsAsciiLetter(c) => CharKind.Letter,
        _ when char.IsAsciiDigit(c) => CharKind.Digit,
        _ => CharKind.Other,
    };

    private enum CharKind
    {
        Letter,
        Digit,
        Other,
    }

    /// <summary>
    /// Spreads word tags onto the tokens for training: a word's first token takes its tag, its
    /// further tokens continue the entity (I-) or stay O.
    /// </summary>
    public string[] TokenTags(IReadOnlyList<string> wordTags)
    {
        var tags = new string[Tokens.Count];
        for (var t = 0; t < tags.Length; t++)
        {
            var word = WordOfToken[t];
            var tag = wordTags[word];
            var (_, type) = BioTags.Split(tag);
            tags[t] = FirstTokenOfWord[word] == t || type is null ? tag : "I-" + type;
        }
        return BioTags.Repair(tags);
    }

    /// <summary>
    /// Brings token tags back onto the words: each word takes its first token's tag, a word without
    /// tokens (punctuation) is O, and the result is repaired to valid IOB2.
    /// </summary>
    public string[] WordTags(IReadOnlyList<string> tokenTags)
    {
        var tags = new string[FirstTokenOfWord.Count];
        for (var w = 0; w < tags.Length; w++)
        {
            tags[w] = FirstTokenOfWord[w] < 0 ? NerTagNames.Outside : tokenTags[FirstTokenOfWord[w]];
        }
        return BioTags.Repair(tags);
    }
}
