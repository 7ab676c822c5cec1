namespace Rasd.Data;

/// <summary>
/// The inflected forms of a counted noun that a number can govern, generated from its singular in
/// ordinary spelling: the accusative of tamyiz (tanwin fath written ا: دبلوماسيا، اجتماعا), the
/// dual (دولتان، دولتين; a construct dual drops its ن: مذكرتا تفاهم), the sound plurals (ون/ين,
/// and ي in a construct: من مواطني البلاد; ات), the feminine of person nouns (دبلوماسية) and the definite forms (الدول، ساحات التدريب).
/// In a noun-adjective phrase every word agrees, so the rules apply word by word up to a
/// preposition (طائرة بدون طيار keeps its complement); in a construct (إضافة) only the first word
/// declines and it never takes tanwin. Hand-written: no maintained .NET library inflects Arabic
/// nouns, and these few regular rules are all that counting needs.
/// </summary>
public static class CountedNounForms
{
    private static readonly HashSet<string> Prepositions = new(["من", "بدون", "دون", "في", "على", "عن", "مع"], StringComparer.Ordinal);

    /// <summary>Every form of an entry with its number, indefinite and definite, unfolded.</summary>
    public static IEnumerable<(string Form, GrammaticalNumber Number, bool Definite)> Of(CountedNounLexicon.Entry entry)
    {
        foreach (var (form, number) in Indefinite(entry))
        {
            yield return (form, number, false);
            yield return (WithArticle(form, entry.Construct), number, true);
        }
    }

    private static IEnumerable<(string Form, GrammaticalNumber Number)> Indefinite(CountedNounLexicon.Entry entry)
    {
        foreach (var singular in entry.Singular ?? [])
        {
            yield return (singular, GrammaticalNumber.Singular);
            if (!entry.Construct)
            {
                yield return (Inflect(singular, Accusative), GrammaticalNumber.Singular);
            }
            yield return (entry.Construct ? InflectHead(singular, w => ConstructDual(w).Nominative) : Inflect(singular, w => Dual(w).Nominative), GrammaticalNumber.Dual);
            yield return (entry.Construct ? InflectHead(singular, w => ConstructDual(w).Genitive) : Inflect(singular, w => Dual(w).Genitive), GrammaticalNumber.Dual);
            if (singular.Contains(' '))
            {
                continue;
            }
            if (entry.Sound == "masculine")
            {
                yield return (singular + "ون", GrammaticalNumber.Plural);
                yield return (singular + "ين", GrammaticalNumber.Plural);
                yield return (singular + "ي", GrammaticalNumber.Plural);
            }
            else if (entry.Sound == "feminine")
            {
                yield return (SoundFeminine(singular), GrammaticalNumber.Plural);
            }
            if (entry.Feminine)
            {
                var feminine = singular + "ة";
                yield return (feminine, GrammaticalNumber.Singular);
                yield return (Dual(feminine).Nominative, GrammaticalNumber.Dual);
                yield return (Dual(feminine).Genitive, GrammaticalNumber.Dual);
                yield return (SoundFeminine(feminine), GrammaticalNumber.Plural);
            }
        }
        foreach (var plural in entry.Plural ?? [])
        {
            yield return (plural, GrammaticalNumber.Plural);
        }
    }

    /// <summary>The accusative of an indefinite singular: tanwin fath is written ا except after ة, ى, ا and اء.</summary>
    public static string Accusative(string word) =>
        word.EndsWith('ة') || word.EndsWith('ى') || word.EndsWith('ا') || word.EndsWith("اء", StringComparison.Ordinal) ? word : word + "ا";

    public static (string Nominative, string Genitive) Dual(string word)
    {
        var stem = DualStem(word);
        return (stem + "ان", stem + "ين");
    }

    /// <summary>The dual of the first word of a construct, which loses its ن (مذكرتا تفاهم، مذكرتي تفاهم).</summary>
    public static (string Nominative, string Genitive) ConstructDual(string word)
    {
        var stem = DualStem(word);
        return (stem + "ا", stem + "ي");
    }

    /// <summary>The sound feminine plural: ة → ات, ى → يات, otherwise ات added (اجتماعات، مستشفيات).</summary>
    public static string SoundFeminine(string word) =>
        word.EndsWith('ة') ? word[..^1] + "ات" : word.EndsWith('ى') ? word[..^1] + "يات" : word + "ات";

    /// <summary>The definite form: ال on every agreeing word of a phrase, or on the genitive of a construct.</summary>
    public static string WithArticle(string form, bool construct)
    {
        var words = form.Split(' ');
        if (construct)
        {
            words[^1] = "ال" + words[^1];
            return string.Join(' ', words);
        }
        var agreeing = AgreeingWords(words);
        for (var i = 0; i < agreeing; i++)
        {
            words[i] = "ال" + words[i];
        }
        return string.Join(' ', words);
    }

    private static string DualStem(string word) =>
        word.EndsWith('ة') ? word[..^1] + "ت" : word.EndsWith('ى') ? word[..^1] + "ي" : word;

    private static string Inflect(string phrase, Func<string, string> rule)
    {
        var words = phrase.Split(' ');
        var agreeing = AgreeingWords(words);
        for (var i = 0; i < agreeing; i++)
        {
            words[i] = rule(words[i]);
        }
        return string.Join(' ', words);
    }

    private static string InflectHead(string phrase, Func<string, string> rule)
    {
        var words = phrase.Split(' ');
        words[0] = rule(words[0]);
        return string.Join(' ', words);
    }

    /// <summary>How many leading words agree with the noun: all of them up to a preposition (بدون طيار، في الساعة) or a word with the preposition ل and the article (للطاقة).</summary>
    private static int AgreeingWords(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (Prepositions.Contains(words[i]) || words[i].StartsWith("لل", StringComparison.Ordinal))
            {
                return i;
            }
        }
        return words.Length;
    }
}
