using Rasd.Data;
using Rasd.Text;

namespace Rasd.Store.Identity;

/// <summary>
/// Whether two names of one type may be spellings of one name, by the skeleton-and-distance rule
/// of variant resolution (<see cref="NameSkeleton"/>, <see cref="NameDistance"/>): the same skeleton
/// and a similarity of 0.8, or a skeleton one letter apart and 0.88 (persons and places); for
/// organizations the same skeleton and 0.85, since their names are common nouns, where near
/// spellings are other words (العربي، الأوروبي). Two names are different names, whatever their
/// distance, when a word of one stands where the other has another word that real news uses
/// often inside persons' names (حامد and حميد, جون and جين, سليم and سالم): both are names in their
/// own right, not two spellings of one (the bulk corpus's word-name statistics say which). That
/// holds of given names and of the Arabic names that follow them (a father's name: محمد سعد and محمد
/// سعيد are two men), whose skeletons have the three or four letters of a root; a later word with a
/// longer skeleton is a foreign family name, which real news spells several ways often enough that
/// each spelling counts as a name (برانسون and برونسون), so its spellings do not make two names.
/// </summary>
public sealed class NameAgreement(WordNameStatistics words)
{
    public const double SameSkeletonFloor = 0.8;
    public const double NearSkeletonFloor = 0.88;
    public const double OrganizationFloor = 0.85;

    /// <summary>How often a word must be read inside persons' names in the bulk corpus to count as a name of its own.</summary>
    public const int NameOfItsOwn = 150;

    /// <summary>How often a name is read inside persons' names when so many people bear it (محمد، أحمد، عبد الله، حسين) that sharing it says nothing.</summary>
    public const int CommonName = 1000;

    /// <summary>The most letters in the skeleton of an Arabic name built on a root (سعد، محمد، اسمعل).</summary>
    public const int RootNameLetters = 4;

    /// <summary>The case forms of أبو in a kunya (أبو بكر، أبي بكر، أبا بكر) are one word.</summary>
    private static readonly Dictionary<string, string> KunyaCases = new(StringComparer.Ordinal) { ["ابي"] = "ابو", ["ابا"] = "ابو" };

    /// <summary>The similarity of two forms when they may be one name, else null.</summary>
    public (double Similarity, bool SameSkeleton)? Match(string type, string form, string other)
    {
        var same = NameSkeleton.Of(form) == NameSkeleton.Of(other);
        var similarity = NameDistance.Similarity(form, other);
        var accepted = type == "org"
            ? same && similarity >= OrganizationFloor
            : same ? similarity >= SameSkeletonFloor : similarity >= NearSkeletonFloor;
        return accepted && !AreDifferentNames(form, other) ? (similarity, same) : null;
    }

    /// <summary>Whether the first words of two persons' names of two words or more can be one given name (the same skeleton): a different given name is another person.</summary>
    public static bool GivenNamesAgree(string form, string other)
    {
        var (a, b) = (FirstWord(form), FirstWord(other));
        return NameSkeleton.Of(Kunya(a)) == NameSkeleton.Of(Kunya(b));
    }

    /// <summary>Whether both names have two words or more, so that their first words are given names.</summary>
    public static bool HaveGivenNames(string form, string other) => form.Contains(' ', StringComparison.Ordinal) && other.Contains(' ', StringComparison.Ordinal);

    public static string FirstWord(string form)
    {
        var space = form.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? form : form[..space];
    }

    public static string LastWord(string form)
    {
        var space = form.LastIndexOf(' ');
        return space < 0 ? form : form[(space + 1)..];
    }

    private bool AreDifferentNames(string form, string other)
    {
        var a = form.Split(' ');
        var b = other.Split(' ');
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            var (x, y) = (Kunya(a[i]), Kunya(b[i]));
            if (x != y && (i == 0 || !IsForeignFamilyName(x) || !IsForeignFamilyName(y)) && IsNameOfItsOwn(x) && IsNameOfItsOwn(y))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether so many people bear the name (given or family) that two names sharing it may still be two persons.</summary>
    public bool IsCommonName(string word) => words.Of(Kunya(word)) is { AsPerson: >= CommonName };

    private static bool IsForeignFamilyName(string word) => NameSkeleton.Of(word).Length > RootNameLetters;

    private bool IsNameOfItsOwn(string word) => words.Of(word) is { AsPerson: >= NameOfItsOwn };

    private static string Kunya(string word) => KunyaCases.GetValueOrDefault(word, word);
}
