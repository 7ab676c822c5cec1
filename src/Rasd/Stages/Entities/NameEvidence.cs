using Rasd.Data;
using Rasd.Pipeline;
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
    internal const int Trusted = 20;

    /// <summary>Below this share of occurrences inside names of the type (and of any type), a trusted word is an ordinary word there.</summary>
    private const double TypeShareFloor = 0.15;
    internal const double AnyNameShareFloor = 0.2;

    /// <summary>How much more often, inside names, a reading without a proclitic must occur than the word as written to be taken.</summary>
    private const int StrippedReadingAdvantage = 10;

    /// <summary>
    /// How much more often a name word must occur bare than with a proclitic for the written word
    /// to be the name with the proclitic: a conjunction or preposition glues itself to a name in a
    /// tenth to a third of its occurrences (ياسر 627, وياسر 120), while a name that begins with one
    /// of those letters occurs as often as its remainder or more (وسام 220, سام 230; وليد 665, ليد 19).
    /// </summary>
    private const int BareReadingAdvantage = 3;

    /// <summary>Occurrences from which a word is a spelling of its own rather than a variant (<see cref="SpelledItsOwnWay"/>).</summary>
    private const int OwnSpellingOccurrences = Trusted;

    /// <summary>How many times as often as the known form near it such a word must occur.</summary>
    private const int OwnSpellingAdvantage = 3;

    /// <summary>The share of a bare reading's occurrences that must be inside persons' names for it to be a person's name word.</summary>
    private const double NameWordShare = 0.4;

    /// <summary>A given name counts only if real news uses it inside a person's name at least this often (when seen often enough to say).</summary>
    private const double GivenNamePersonShare = 0.5;

    private readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> _givenNames = knowledge.Gazetteer.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _complementizers = knowledge.Reporting.Complementizers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a compound given name (عبد الله، أبو بكر): with one word after them they are a given name alone.</summary>
    private static readonly HashSet<string> CompoundGivenHeads = ["عبد", "ابو", "ابي"];

    /// <summary>
    /// The proclitic length at which a token reads as a known given name, or null. A given name that
    /// folds onto a function word (علي and على، بان and بأن) or that real news mostly uses as an
    /// ordinary word does not count: it says nothing about a name starting there — unless the
    /// writing tells it from the function word (<see cref="WrittenGivenNames"/>).
    /// </summary>
    public int? GivenNameAt(Document document, int token)
    {
        if (WrittenGivenNames.At(knowledge, document, token) is int written)
        {
            return written;
        }
        foreach (var reading in Clitics.SpanReadings(document.Tokens[token].Text))
        {
            if (reading.PrefixLength <= 1 && _givenNames.ContainsKey(reading.Stem) && !knowledge.FunctionWords.Contains(reading.StemText())
                && !_complementizers.Contains(reading.Stem)
                && knowledge.WordNames.Of(reading.Stem) is not { Occurrences: >= Trusted, PersonShare: < GivenNamePersonShare })
            {
                return reading.PrefixLength;
            }
        }
        return null;
    }

    /// <summary>
    /// How many leading letters of a name's first word are a proclitic (و ب ل ك ف, or the ل of
    /// لل that stands for ال). Of a word real news has met, the reading it uses much more often
    /// inside names wins. Else a remainder of four letters or more (three after و: وكيم، وعوض) that is a name word of the type is taken
    /// when it occurs several times as often as the word as written (<see cref="BareReadingAdvantage"/>)
    /// and, before a person's name, the proclitic is و or ل, the conjunction and the preposition
    /// that real news glues to names (وياسر، لبيكاسو; ب ف ك before a name word are more often a
    /// foreign name's own letters: فلوريس، كروجر، برايان), or when the word is too rare to have
    /// statistics at all (لكمال، ببريت); before the common noun heading an organization or a place,
    /// any proclitic (بجامعة، لنادي).
    /// Else the word stays as written.
    /// </summary>
    public int ProcliticLength(string firstWord, EntityType type)
    {
        var written = knowledge.WordNames.Of(firstWord);
        var best = 0;
        var bestCount = NameCount(firstWord);
        foreach (var (stem, prefix) in Clitics.Readings(firstWord))
        {
            if (prefix == 0)
            {
                continue;
            }
            var count = NameCount(stem);
            if (written is not null && count >= 3 && count >= StrippedReadingAdvantage * Math.Max(1, bestCount))
            {
                best = prefix;
                bestCount = count;
            }
            else if (best == 0 && (stem.Length >= 4 || (stem.Length == 3 && prefix == 1 && firstWord[0] == 'و')) && (written is null || type != EntityType.Person || firstWord[0] is 'و' or 'ل') && IsNameWord(stem, written, type))
            {
                best = prefix;
            }
        }
        if (best == 0 && written is null)
        {
            // A conjunction glued to a name leaves four letters or more (وفيكتور، ومحمد), and names
            // that begin with و themselves (وليد، وائل) are short enough to keep it; other letters
            // may be the name's own (بروم إينفيستبنك).
            return firstWord.Length > 4 && firstWord[0] == 'و' ? 1 : 0;
        }
        return best;
    }

    /// <summary>
    /// Whether a bare reading is a trusted name word met several times as often as the word as
    /// written: for a person, a word mostly read inside persons' names; for an organization or a
    /// place, the common noun that heads such names (جامعة، نادي), often enough inside names of any type.
    /// </summary>
    private bool IsNameWord(string stem, WordNameCounts? written, EntityType type) =>
        knowledge.WordNames.Of(stem) is { Occurrences: >= Trusted } bare
        && (type == EntityType.Person ? TypeShare(bare, type) >= NameWordShare : bare.NameShare >= AnyNameShareFloor)
        && bare.Occurrences >= BareReadingAdvantage * (written?.Occurrences ?? 0);

    /// <summary>
    /// Whether a word inside a run of name words is «and» glued to the next person's name (سامي
    /// الجابر وخالد مسعد، العابد والقحطاني): و before a word real news mostly reads inside persons'
    /// names and meets several times as often bare. A name's own و stays (وليد is not و + ليد).
    /// </summary>
    public bool StartsAnotherPerson(string word) =>
        word.Length >= 4 && word[0] == 'و' && IsNameWord(word[1..], knowledge.WordNames.Of(word), EntityType.Person);

    /// <summary>Whether a token inside a run of name words is «and» glued to the next person's name, also when that name is one written apart from a function word (وعلي جبر).</summary>
    public bool StartsAnotherPerson(Document document, int token) =>
        StartsAnotherPerson(document.Tokens[token].Text) || (WrittenGivenNames.At(knowledge, document, token) is 1 && document.Tokens[token].Text[0] == 'و');

    /// <summary>
    /// Whether real news uses a word as an ordinary word where names of the type stand: trusted,
    /// and seldom inside such names (توقيف and شركة, however close to توكاييف and الشارقة). A near
    /// spelling of a known name needs a word that can be one.
    /// </summary>
    public bool OrdinaryFor(string word, EntityType type)
    {
        foreach (var (reading, prefix) in Clitics.Readings(word))
        {
            // بالسيف is ب + السيف whatever its skeleton shares with بيلوسوف.
            if (prefix <= 2 && knowledge.WordNames.Of(reading) is { Occurrences: >= Trusted } counts && TypeShare(counts, type) < TypeShareFloor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a word is a name real news writes often and far more often than a known form near
    /// it: راموس (647 times) is Ramos, not a misspelling of روماس (never met), فينوس (28) is Venus,
    /// not فانس; while بوتن (789)
    /// beside بوتين (1,786) is a variant. A misspelling is rarer than the spelling it misses. Only
    /// a one-word form can be compared so: the corpus counts words, not names.
    /// </summary>
    public bool SpelledItsOwnWay(string word, string knownForm) =>
        !knownForm.Contains(' ', StringComparison.Ordinal)
        && knowledge.WordNames.Of(word) is { Occurrences: >= OwnSpellingOccurrences } counts
        && counts.Occurrences >= OwnSpellingAdvantage * (knowledge.WordNames.Of(knownForm)?.Occurrences ?? 0);

    /// <summary>
    /// Whether a word opening with و may be «and» glued to a name rather than a name that begins
    /// with و: unless real news writes it often, and more often than without its و (وليد 665, ليد 19).
    /// </summary>
    public bool MayBeConjunctionAndName(string word) =>
        knowledge.WordNames.Of(word) is not { Occurrences: >= Trusted } written
        || (knowledge.WordNames.Of(word[1..])?.Occurrences ?? 0) >= written.Occurrences;

    private static double TypeShare(WordNameCounts counts, EntityType type) => (double)(type switch
    {
        EntityType.Person => counts.AsPerson,
        EntityType.Org or EntityType.Agency => counts.AsOrganization,
        _ => counts.AsPlace,
    }) / counts.Occurrences;

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

    /// <summary>Whether folded words are a compound given name alone (عبد الله، أبو بكر): a part of a person's name, not a name.</summary>
    public static bool IsCompoundGivenName(IReadOnlyList<string> words) => words.Count == 2 && CompoundGivenHeads.Contains(words[0]);

    /// <summary>Whether folded words can be a name of the type: no trusted word real news keeps out of such names, and not a compound given name alone.</summary>
    public bool Plausible(IReadOnlyList<string> words, EntityType type)
    {
        if (type == EntityType.Person && IsCompoundGivenName(words))
        {
            return false;
        }
        foreach (var word in words)
        {
            if (knowledge.WordNames.Of(word) is not { Occurrences: >= Trusted } counts)
            {
                continue;
            }
            if (TypeShare(counts, type) < TypeShareFloor && counts.NameShare < AnyNameShareFloor)
            {
                return false;
            }
        }
        return true;
    }

    private int NameCount(string word) => knowledge.WordNames.Of(word) is { } counts ? counts.AsPerson + counts.AsOrganization + counts.AsPlace : 0;
}
