using Rasd.Data;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>
/// What real news says about the words of a proposed name (the bulk corpus's word-name
/// statistics): which reading of a first word is the name (لريال is ل + ريال, بوتين is not ب +
/// وتين), and whether the words can make a name of a type at all (منظمة إرهابية, صواريخ كروز and
/// اختفاء خاشقجي are phrases about things, not names). Statistics, not a list of strings, so it
/// holds for words no list has met.
/// </summary>
internal sealed class NameEvidence(KnowledgeBase knowledge)
{
    /// <summary>Occurrences from which a word's statistics are trusted.</summary>
    private const int Trusted = 20;

    /// <summary>Below this share of occurrences inside names of the type (and of any type), a trusted word is an ordinary word there.</summary>
    private const double TypeShareFloor = 0.15;
    private const double AnyNameShareFloor = 0.2;

    /// <summary>How much more often, inside names, a reading without a proclitic must occur than the word as written to be taken.</summary>
    private const int StrippedReadingAdvantage = 10;

    /// <summary>Words that open a compound given name (عبد الله، أبو بكر): with one word after them they are a given name alone.</summary>
    private static readonly HashSet<string> CompoundGivenHeads = ["عبد", "ابو", "ابي"];

    /// <summary>
    /// How many leading letters of a name's first word are a proclitic (و ب ل ك ف, or the ل of
    /// لل that stands for ال): of a word real news has met, the reading it uses much more often
    /// inside names wins, else the word stays as written.
    /// </summary>
    public int ProcliticLength(string firstWord)
    {
        if (knowledge.WordNames.Of(firstWord) is null)
        {
            // A word too rare to have statistics: a conjunction glued to a name leaves four letters
            // or more (وفيكتور، ومحمد), and names that begin with و themselves (وليد، وائل) are short
            // enough to keep it; other letters may be the name's own (بروم إينفيستبنك).
            return firstWord.Length > 4 && firstWord[0] == 'و' ? 1 : 0;
        }
        var best = 0;
        var bestCount = NameCount(firstWord);
        foreach (var (stem, prefix) in Clitics.Readings(firstWord))
        {
            if (prefix == 0)
            {
                continue;
            }
            var count = NameCount(stem);
            if (count >= 3 && count >= StrippedReadingAdvantage * Math.Max(1, bestCount))
            {
                best = prefix;
                bestCount = count;
            }
        }
        return best;
    }

    /// <summary>The reading of a first word without its proclitic, with the article restored after لل (للمالكي → المالكي).</summary>
    public static string WithoutProclitic(string word, int prefix)
    {
        foreach (var (stem, length) in Clitics.Readings(word))
        {
            if (length == prefix)
            {
                return stem;
            }
        }
        return word;
    }

    /// <summary>Whether folded words can be a name of the type: no trusted word real news keeps out of such names, and not a compound given name alone.</summary>
    public bool Plausible(IReadOnlyList<string> words, EntityType type)
    {
        if (type == EntityType.Person && words.Count == 2 && CompoundGivenHeads.Contains(words[0]))
        {
            return false;
        }
        foreach (var word in words)
        {
            if (knowledge.WordNames.Of(word) is not { Occurrences: >= Trusted } counts)
            {
                continue;
            }
            var typeShare = type switch
            {
                EntityType.Person => (double)counts.AsPerson / counts.Occurrences,
                EntityType.Org or EntityType.Agency => (double)counts.AsOrganization / counts.Occurrences,
                _ => (double)counts.AsPlace / counts.Occurrences,
            };
            if (typeShare < TypeShareFloor && counts.NameShare < AnyNameShareFloor)
            {
                return false;
            }
        }
        return true;
    }

    private int NameCount(string word) => knowledge.WordNames.Of(word) is { } counts ? counts.AsPerson + counts.AsOrganization + counts.AsPlace : 0;
}
