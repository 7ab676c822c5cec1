using Rasd.Data;
using Rasd.Text;

namespace Rasd.Store.Identity;

/// <summary>
/// Entity names as identity compares them: the folded name an id stands for, its readings without a
/// proclitic on the first word (a name the tagger read with و or ل glued to it: ولاس فيغاس, للمالكي),
/// and the blocking keys under which the store finds it (the name skeleton and its one-letter
/// deletions, as the gazetteer's variant index uses them, prefixed by the entity type).
/// </summary>
public static class EntityNames
{
    private const string UnknownMarker = ":ar:";

    /// <summary>Whether the id is one the pipeline made for a name no data file knows (<c>person:ar:…</c>).</summary>
    public static bool IsUnknown(string id) => id.Contains(UnknownMarker, StringComparison.Ordinal);

    /// <summary>The types whose unknown names are linked across articles; countries and cities come from the gazetteer only, agencies from credit lines.</summary>
    public static bool IsLinkable(string type) => type is "person" or "org" or "location";

    /// <summary>The folded name: the normalized name an unknown id carries (its words joined by hyphens), else the record's name folded.</summary>
    public static string Folded(string id, string name)
    {
        var marker = id.IndexOf(UnknownMarker, StringComparison.Ordinal);
        var text = marker >= 0 ? id[(marker + UnknownMarker.Length)..].Replace('-', ' ') : name;
        return string.Join(' ', ArabicNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The name, then its readings with a proclitic off the first word (و ف, ب ل ك, لل → ال), where
    /// at least two letters remain of a first word followed by others, or four of a name of one word.
    /// </summary>
    public static IReadOnlyList<string> Forms(string folded)
    {
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? folded : folded[..space];
        var rest = space < 0 ? string.Empty : folded[space..];
        var shortest = space < 0 ? 4 : 2;
        var forms = new List<string> { folded };
        foreach (var (stem, prefix) in Clitics.Readings(first))
        {
            if (prefix > 0 && stem.Length >= shortest && !forms.Contains(stem + rest))
            {
                forms.Add(stem + rest);
            }
        }
        return forms;
    }

    /// <summary>The keys a form is stored and looked up under: its type and each blocking key of its skeleton.</summary>
    public static IEnumerable<string> Keys(string type, string form) =>
        FuzzyNameIndex.BlockingKeys(NameSkeleton.Of(form)).Select(key => $"{type}:{key}");
}
