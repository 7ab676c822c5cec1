using System.Text.Json.Serialization;
using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// Titles and person nouns (data/lexicons/roles.json): a title before a name gives the person's
/// role; a title or a generic noun without a name refers back to a person already named.
/// </summary>
public sealed class RoleLexicon
{
    public RoleLexicon(RoleFile file)
    {
        foreach (var title in file.Titles)
        {
            Phrases.Add(title.Text, new RoleWord(title.Kind, IsTitle: true));
        }
        Titles = file.Titles.Select(title => title.Text).ToList();
        foreach (var generic in file.Generic)
        {
            Phrases.Add(generic.Text, new RoleWord(generic.Kind, IsTitle: false));
        }
        Modifiers = PhraseMatcher<string>.Of(file.Modifiers);
        foreach (var (kind, kinds) in file.Compatible)
        {
            if (!kind.StartsWith('_') && kinds.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                Compatible[kind] = kinds.EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal);
            }
        }
        PluralGeneric = file.PluralGeneric.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        AdjectivalGeneric = (file.AdjectivalGeneric?.Words ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        NameEndings = file.NameEndings.Endings.Select(ArabicNormalizer.Fold).ToList();
        SurnameClosingWords = (file.NameEndings.Words ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        GapWords = file.GapWords.Words.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        NameFormulas = PhraseMatcher<string>.Of(file.NameFormulas?.Words ?? []);
        PrivateKinds = (file.PrivateKinds?.Kinds ?? []).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every title as written in the file (الرئيس، وزير الخارجية، السفير).</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Pious formulas that follow a name and are no part of it (رضي الله عنه، صلى الله عليه وسلم).</summary>
    public PhraseMatcher<string> NameFormulas { get; }

    /// <summary>Time adverbs that may separate a title from the name it introduces.</summary>
    public HashSet<string> GapWords { get; }

    /// <summary>Kinds a reference of the key kind may stand for (* for any).</summary>
    public Dictionary<string, HashSet<string>> Compatible { get; } = new(StringComparer.Ordinal);

    /// <summary>Person nouns in the plural, which never refer back to one person.</summary>
    public HashSet<string> PluralGeneric { get; }

    /// <summary>Person nouns that are also adjectives (المسؤول، الدبلوماسي): after a definite noun they qualify it.</summary>
    public HashSet<string> AdjectivalGeneric { get; }

    /// <summary>Endings of transliterated surnames (ـوف، ـينكو) that make a word worth checking against known names.</summary>
    public IReadOnlyList<string> NameEndings { get; }

    /// <summary>Last parts of surnames written apart (زاده، أوغلو): a name runs on through them.</summary>
    public HashSet<string> SurnameClosingWords { get; }

    /// <summary>
    /// Whether a reference of kind <paramref name="reference"/> may name a person of kind
    /// <paramref name="person"/>. A reference that fits any kind (المسؤول) fits none held for no
    /// state (<see cref="PrivateKinds"/>): an official is not the journalist named before.
    /// </summary>
    public bool Fits(string reference, string? person)
    {
        if (person is null)
        {
            return Compatible.TryGetValue(reference, out var any) && any.Contains("*");
        }
        if (reference == person)
        {
            return true;
        }
        return Compatible.TryGetValue(reference, out var kinds) && ((kinds.Contains("*") && !PrivateKinds.Contains(person)) || kinds.Contains(person));
    }

    public PhraseMatcher<RoleWord> Phrases { get; } = new();

    /// <summary>Kinds of role held for no state (an expert, a journalist): they give a person no country.</summary>
    public HashSet<string> PrivateKinds { get; }

    /// <summary>Words that qualify a title without changing it (السابق، الأول، بالوكالة).</summary>
    public PhraseMatcher<string> Modifiers { get; }

    public sealed record RoleFile(IReadOnlyList<RoleEntry> Titles, IReadOnlyList<RoleEntry> Generic, IReadOnlyList<string> Modifiers,
        Dictionary<string, System.Text.Json.JsonElement> Compatible, IReadOnlyList<string> PluralGeneric, NameEndingEntry NameEndings, GapWordEntry GapWords,
        PrivateKindEntry? PrivateKinds = null, WordListEntry? AdjectivalGeneric = null, WordListEntry? NameFormulas = null);

    public sealed record PrivateKindEntry(IReadOnlyList<string> Kinds);

    public sealed record GapWordEntry(IReadOnlyList<string> Words);

    public sealed record NameEndingEntry(IReadOnlyList<string> Endings, IReadOnlyList<string>? Words = null);

    public sealed record RoleEntry([property: JsonPropertyName("text")] string Text, [property: JsonPropertyName("kind")] string Kind);
}

/// <summary>A title (رئيس، وزير الخارجية) or a generic person noun (الدبلوماسي، نظيره) and its kind.</summary>
public sealed record RoleWord(string Kind, bool IsTitle);
