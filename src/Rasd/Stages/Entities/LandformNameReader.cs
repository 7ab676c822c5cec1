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

    /// <summary>Occurrences from which a word's statistics are trusted, as <see cref="NameEvidence"/> trusts them.</summary>
    private const int Trusted = 20;

    /// <summary>The share of a trusted word's occurrences inside names that makes it a name word.</summary>
    private const double TrustedNameShare = 0.2;

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

    private (int AfterHead, int Prefix)? HeadAt(int token, int end)
    {
        foreach (var head in knowledge.Landforms.Heads)
        {
            if (token + head.Length >= end || document.PunctuationBetween(token, token + head.Length))
            {
                continue;
            }
            var matches = true;
            for (var w = 1; w < head.Length && matches; w++)
            {
                matches = document.Tokens[token + w].Text == head[w];
            }
            if (!matches)
            {
                continue;
            }
            foreach (var reading in Clitics.SpanReadings(document.Tokens[token].Text))
            {
                if (reading.PrefixLength <= 1 && reading.Stem.SequenceEqual(head[0]))
                {
                    return (token + head.Length, reading.PrefixLength);
                }
            }
        }
        return null;
    }

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
            { Occurrences: >= Trusted } counts => counts.NameShare >= TrustedNameShare,
            { } counts => counts.NameShare >= RareNameShare,
        };
    }
}
