using System.Runtime.CompilerServices;

namespace Rasd.Text;

/// <summary>
/// The readings of <see cref="Clitics.Readings"/> as spans of the word, in the same order, for
/// callers that look them up and keep few: only the reading that puts back the article's alef
/// after ل (للتعاون → التعاون) is built as a string, since the word does not hold it.
/// </summary>
public readonly ref struct CliticReadings(string word)
{
    public Enumerator GetEnumerator() => new(word);

    public ref struct Enumerator
    {
        private readonly string _word;
        private readonly int _count;
        private Offsets _offsets;
        private int _next;

        internal Enumerator(string word)
        {
            _word = word;
            _count = Clitics.ReadingOffsets(word, _offsets);
            _next = -1;
        }

        public readonly Reading Current
        {
            get
            {
                var (skip, articleAfterLam) = _offsets[_next];
                return articleAfterLam ? new("ا" + _word[skip..], 0, skip) : new(_word, skip, skip);
            }
        }

        public bool MoveNext() => ++_next < _count;
    }

    /// <summary>One reading: the stem (<paramref name="text"/> from <paramref name="start"/> on) and how many characters of proclitics it drops.</summary>
    public readonly ref struct Reading(string text, int start, int prefixLength)
    {
        public ReadOnlySpan<char> Stem => text.AsSpan(start);

        public int PrefixLength { get; } = prefixLength;

        /// <summary>The stem as a string, for a reading that is kept: the word itself when nothing is dropped.</summary>
        public string StemText() => start == 0 ? text : text[start..];

        public void Deconstruct(out ReadOnlySpan<char> stem, out int prefixLength)
        {
            stem = Stem;
            prefixLength = PrefixLength;
        }
    }

    [InlineArray(Clitics.MaxReadings)]
    private struct Offsets
    {
        private (int Skip, bool ArticleAfterLam) _first;
    }
}
