using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>
/// Reads the name of a public body no data file knows from the noun that opens it (وزارة الخدمة
/// المدنية، هيئة الطيران المدني، وزارة الشؤون البلدية والقروية; data/lexicons/bodies.json): the
/// noun, without the article, then the definite words of its construct, those after و included,
/// up to punctuation, a word already named, a state adjective (the body's state, read as the
/// country), a time word (اليوم، الأحد، الشهر الماضي), a title (هيئة القناة الفريق …) or any word
/// without the article. A construct that a given name follows (جامعة الإمام محمد بن سعود) goes on
/// with a person's name this reader cannot bound, one that is only its noun before a title (جامعة
/// الملك سعود) has no name of its own to read, and one that names a kind of group (هيئة التدريس) is
/// no body: it reads none there.
/// </summary>
internal sealed class PublicBodyNameReader(KnowledgeBase knowledge, Document document, ArticleEntities article, NameEvidence evidence)
{
    private const int MaxWords = 5;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads = knowledge.Bodies.PublicBodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the body's name opened at the token ends, with the length of the proclitic before its noun, or null.</summary>
    public (int End, int Prefix)? NameAt(int token, int end)
    {
        if (HeadPrefix(document.Tokens[token].Text) is not int prefix)
        {
            return null;
        }
        var stop = token + 1;
        while (stop < end && stop - token < MaxWords && !document.PunctuationBetween(stop - 1, stop) && !article.IsCovered(stop) && IsConstructWord(document.Tokens[stop].Text, stop > token + 1)
            && knowledge.Roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, stop) is null)
        {
            stop++;
        }
        if (stop == token + 1
            || (stop < end && !document.PunctuationBetween(stop - 1, stop) && evidence.GivenNameAt(document, stop) is not null)
            || knowledge.Bodies.NotNames.Contains(document.Tokens[token].Text[prefix..] + " " + document.Tokens[token + 1].Text))
        {
            return null;
        }
        return (stop, prefix);
    }

    private int? HeadPrefix(string word)
    {
        foreach (var reading in Clitics.SpanReadings(word))
        {
            if (reading.PrefixLength <= 1 && _heads.Contains(reading.Stem))
            {
                return reading.PrefixLength;
            }
        }
        return null;
    }

    private bool IsConstructWord(string word, bool afterFirst)
    {
        var bare = afterFirst && word.StartsWith("وال", StringComparison.Ordinal) ? word[1..] : word;
        if (bare.Length < 4 || !bare.StartsWith("ال", StringComparison.Ordinal) || !ArabicLetters.IsWord(bare))
        {
            return false;
        }
        return !knowledge.FunctionWords.ContainsAsWritten(bare) && !knowledge.Reporting.Complementizers.Contains(bare)
            && !knowledge.Calendar.IsTimeWord(bare) && !UnknownNameReader.IsStateAdjective(knowledge.Gazetteer, bare);
    }
}
