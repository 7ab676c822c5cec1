using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>
/// The given names that folding makes one with a function word, told apart by how they are
/// written: the name علي ends in a yeh, the preposition على in an alef maqsura, and both fold to
/// علي, whose corpus statistics are then the preposition's (274,149 occurrences in the bulk corpus,
/// about 1% of them inside names). Written with a yeh, such a word reads as the given name: it is
/// no function word, and what follows it decides whether a name stands there, as after any given
/// name. Outlets that write the preposition with a yeh (علي الرغم، علي كافة) give it no name to
/// open, so the words after it still stop the name.
/// </summary>
internal static class WrittenGivenNames
{
    /// <summary>From this many occurrences, a written word inside names less than this share of them is an ordinary word.</summary>
    private const int OrdinaryWordOccurrences = 20;
    private const double OrdinaryWordNameShare = 0.15;

    /// <summary>The proclitic length at which a token reads as such a given name written with a yeh, alone or after «and» (علي، وعلي), or null.</summary>
    public static int? At(KnowledgeBase knowledge, Document document, int token)
    {
        var word = document.Tokens[token];
        if (word.Text.Length < 2 || word.Text[^1] != 'ي' || !document.Normalized.WrittenAsYeh(word.End - 1))
        {
            return null;
        }
        foreach (var reading in Clitics.SpanReadings(word.Text))
        {
            if (ReadsWithProclitic(knowledge, word.Text, reading.PrefixLength) && knowledge.FunctionWords.EndsInAlefMaqsura(reading.StemText()) && knowledge.Gazetteer.GivenNames.ContainsKey(reading.StemText()))
            {
                return reading.PrefixLength;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a word may be read with that many letters of proclitic: as written, after «and»
    /// (وعلي), or after another proclitic when the word as written is no ordinary word real news
    /// knows (بعلي عبد الرازق, but فعلي is «actual»).
    /// </summary>
    private static bool ReadsWithProclitic(KnowledgeBase knowledge, string word, int prefixLength) =>
        prefixLength == 0
        || (prefixLength == 1 && word[0] == 'و')
        || (prefixLength == 1 && knowledge.WordNames.Of(word) is not { Occurrences: >= OrdinaryWordOccurrences, NameShare: < OrdinaryWordNameShare });
}
