using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>
/// Reads the name of a sea, river, island or mountain no data file knows from the noun that opens
/// it (بحر أوخوتسك، جزيرة لومبوك، جبل قاسيون; data/lexicons/landforms.json): the noun, with a
/// proclitic at most, then up to <see cref="MaxNameWords"/> words that are names, up to
/// punctuation, a word already named or any word that is not one. A word is a name when real news
/// writes it inside names (the bulk corpus's word-name statistics), or meets it too seldom to say
/// and it does not end like a common noun or adjective (ة): the name of a remote island is rare,
/// while هادئة، متجمدة and الأسبوع after بحيرة or بحر are words real news uses every day. A name
/// the gazetteer knows after the noun (بحر الصين، جبل لبنان, when the whole is not an entry of its
/// own) is left to the gazetteer: the reader adds places no list has, it does not rename known ones.
/// </summary>
internal sealed class LandformNameReader(KnowledgeBase knowledge, Document document, ArticleEntities article, PhraseMatcher<GazetteerForm> gazetteerForms)
{
    private const int MaxNameWords = 2;

    /// <summary>The share a word met fewer times must have: a handful of occurrences says less.</summary>
    private const double RareNameShare = 0.5;

    /// <summary>Where the feature's name opened at the token ends, with the length of the proclitic before its noun, or null.</summary>
    public (int End, int Prefix)? NameAt(int token, int end)
    {
        if (HeadAt(token, end) is not var (afterHead, prefix))
        {
            return null;
        }
        var stop = afterHead;
        while (stop < end && stop - afterHead < MaxNameWords && !document.PunctuationBetween(stop - 1, stop) && !article.IsCovered(stop)
            && IsNameWord(document.Tokens[stop].Text))
        {
            stop++;
        }
        if (stop == afterHead || gazetteerForms.LongestAt(document.Normalized.Text, document.Tokens, afterHead) is not null)
        {
            return null;
        }
        return (stop, prefix);
    }

    private (int AfterHead, int Prefix)? HeadAt(int token, int end) =>
        knowledge.Landforms.Heads.LongestAt(document.Normalized.Text, document.Tokens, token) is { PrefixLength: <= 1 } head
        && head.TokenEnd < end && !document.PunctuationBetween(token, head.TokenEnd)
            ? (head.TokenEnd, head.PrefixLength)
            : null;

    private bool IsNameWord(string word)
    {
        if (word.Length < 3 || !ArabicLetters.IsWord(word) || knowledge.FunctionWords.Contains(word) || knowledge.Reporting.Complementizers.Contains(word)
            || knowledge.Calendar.IsTimeWord(word) || UnknownNameReader.IsStateAdjective(knowledge.Gazetteer, word))
        {
            return false;
        }
        return knowledge.WordNames.Of(word) switch
        {
            null => !word.EndsWith('ه'),
            { Occurrences: >= NameEvidence.Trusted } counts => counts.NameShare >= NameEvidence.AnyNameShareFloor,
            { } counts => counts.NameShare >= RareNameShare,
        };
    }
}
