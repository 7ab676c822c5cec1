using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// The nouns an amount counts (data/lexicons/counted-nouns.json), every entry expanded into its
/// inflected forms by <see cref="CountedNounForms"/>, plus the nationality adjectives of the
/// gazetteer counted as people (100 ألف روسي). Indefinite forms follow a number (3 قواعد جوية،
/// 140 ديبلوماسيا); definite forms stand before a definite number (الدول الخمس) or after the من
/// of a partitive (أربع من الجمهوريات).
/// </summary>
public sealed class CountedNounLexicon
{
    public const string People = "people";

    public CountedNounLexicon(CountedNounFile file, Gazetteer gazetteer)
    {
        foreach (var (domain, entries) in file.Domains)
        {
            var isPerson = domain == "persons";
            foreach (var entry in entries)
            {
                Add(entry, isPerson);
            }
        }
        AddNationalities(file.NationalityPlurals, gazetteer);
        CountHeads = Fold(file.CountHeads);
        NameHeads = Fold(file.NameHeads);
        Others = new ReferenceWords(Fold(file.Others.Persons), Fold(file.Others.Any));
        References = new ReferenceWords(Fold(file.References.Persons), Fold(file.References.Any));
        ClauseWords = Fold(file.ClauseWords);
        LabelHeads = Fold(file.LabelHeads);
        ReachingVerbs = Fold(file.ReachingVerbs);
        ConstructAdjectives = Fold(file.ConstructAdjectives);
        GroupNames = PhraseMatcher<string>.Of(file.GroupNames);
    }

    /// <summary>Forms that follow a number; the first word may carry a proclitic.</summary>
    public PhraseMatcher<CountedNoun> Indefinite { get; } = new();

    /// <summary>Definite forms (ال on every agreeing word), for the construct and the partitive.</summary>
    public PhraseMatcher<CountedNoun> Definite { get; } = new();

    /// <summary>Every folded form with its readings, for checks over the whole lexicon.</summary>
    public Dictionary<string, List<CountedNoun>> Forms { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns that say «the number of» (عدد، عديد، إجمالي).</summary>
    public HashSet<string> CountHeads { get; }

    /// <summary>Nouns that open a name (مجموعة): a definite plural and number after one is part of the name.</summary>
    public HashSet<string> NameHeads { get; }

    /// <summary>Words after a number that count more of what the sentence already counted (آخرين، أخرى).</summary>
    public ReferenceWords Others { get; }

    /// <summary>Partitive pronouns next to a number that refer to what the sentence counted (ثلاث منها، منهم 471).</summary>
    public ReferenceWords References { get; }

    /// <summary>Prepositions, adverbs and the like that may follow a number counted by a head: they are not its noun (… 414 ألفا في 2015).</summary>
    public HashSet<string> ClauseWords { get; }

    /// <summary>Verbs of reaching (بلغ، يتجاوز، وصل) that make a plural of people before them a count head.</summary>
    public HashSet<string> ReachingVerbs { get; }

    /// <summary>Words after which digits are a label or a rank, not a count (رقم، المادة، الدقيقة، الجولة).</summary>
    public HashSet<string> LabelHeads { get; }

    /// <summary>Definite adjectives that are not nisbas but may stand between a plural and its definite number (الدول الكبرى السبع).</summary>
    public HashSet<string> ConstructAdjectives { get; }

    /// <summary>Names of groups of states written as a plural and number (الدول السبع الكبرى, the G7), which are not counts.</summary>
    public PhraseMatcher<string> GroupNames { get; }

    private void Add(Entry entry, bool isPerson)
    {
        var except = Fold(entry.Except ?? []);
        foreach (var (form, number, definite) in CountedNounForms.Of(entry))
        {
            Add(form, new CountedNoun(entry.Unit, number, isPerson), definite, except);
        }
        foreach (var form in entry.Forms ?? [])
        {
            Add(form, new CountedNoun(entry.Unit, GrammaticalNumber.Unmarked, isPerson), definite: false, except);
        }
    }

    /// <summary>
    /// Nationality nisbas count people: the singular (روسي), its sound plurals (روسيين، روسيون)
    /// and its accusative (سوريا is left out: it spells the country). A form the lexicon already
    /// has keeps its own unit.
    /// </summary>
    private void AddNationalities(IReadOnlyList<string> brokenPlurals, Gazetteer gazetteer)
    {
        var placeNames = gazetteer.Entries
            .Where(e => e.Type is EntityType.Country or EntityType.City or EntityType.Location)
            .SelectMany(e => gazetteer.FoldedForms(e).Select(f => f.Folded))
            .ToHashSet(StringComparer.Ordinal);
        var entries = gazetteer.NisbaStems.Keys
            .Select(stem => new Entry(People, [stem], null, "masculine", false, false, placeNames.Contains(stem + "ا") ? [stem + "ا"] : null, null))
            .Append(new Entry(People, null, brokenPlurals, null, false, false, null, null));
        foreach (var entry in entries)
        {
            var except = Fold(entry.Except ?? []);
            foreach (var (form, number, definite) in CountedNounForms.Of(entry))
            {
                if (!Forms.ContainsKey(ArabicNormalizer.Fold(form)) && !placeNames.Contains(ArabicNormalizer.Fold(form)))
                {
                    Add(form, new CountedNoun(People, number, IsPerson: true), definite, except);
                }
            }
        }
    }

    private void Add(string form, CountedNoun noun, bool definite, HashSet<string> except)
    {
        var words = PhraseMatcher<CountedNoun>.Words(form);
        var folded = string.Join(' ', words);
        if (except.Contains(folded))
        {
            return;
        }
        (definite ? Definite : Indefinite).Add(words, noun);
        if (!Forms.TryGetValue(folded, out var readings))
        {
            Forms[folded] = readings = [];
        }
        if (!readings.Contains(noun))
        {
            readings.Add(noun);
        }
    }

    private static HashSet<string> Fold(IEnumerable<string> words) =>
        words.Select(w => string.Join(' ', PhraseMatcher<string>.Words(w))).ToHashSet(StringComparer.Ordinal);

    public sealed record CountedNounFile(
        IReadOnlyList<string> CountHeads,
        IReadOnlyList<string> NameHeads,
        ReferenceFile Others,
        ReferenceFile References,
        IReadOnlyList<string> ClauseWords,
        IReadOnlyList<string> LabelHeads,
        IReadOnlyList<string> ReachingVerbs,
        IReadOnlyList<string> ConstructAdjectives,
        IReadOnlyList<string> GroupNames,
        IReadOnlyList<string> NationalityPlurals,
        Dictionary<string, IReadOnlyList<Entry>> Domains);

    public sealed record ReferenceFile(IReadOnlyList<string> Persons, IReadOnlyList<string> Any);

    /// <summary>One counted noun as the data file writes it (see the file's _note).</summary>
    public sealed record Entry(
        string Unit,
        IReadOnlyList<string>? Singular,
        IReadOnlyList<string>? Plural,
        string? Sound,
        bool Feminine,
        bool Construct,
        IReadOnlyList<string>? Except,
        IReadOnlyList<string>? Forms);
}

/// <summary>Words that refer back to a count: some only to people (آخرون، منهم), some to anything counted (أخرى، منها).</summary>
public sealed record ReferenceWords(HashSet<string> Persons, HashSet<string> Any)
{
    /// <summary>Whether the word refers back to a count of the given kind.</summary>
    public bool RefersTo(string word, bool isPerson) => Any.Contains(word) || (isPerson && Persons.Contains(word));
}
