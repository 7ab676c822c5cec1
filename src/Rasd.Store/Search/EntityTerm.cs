using System.Text;

namespace Rasd.Store.Search;

/// <summary>
/// The index term that stands for an entity id (<c>entity:person:sadyr-japarov</c>). Each article
/// carries one per mention, so that a query resolved to an entity finds every spelling of it.
/// Lower-cased, with anything but letters, digits and <c>: - .</c> turned into <c>_</c>, so that the
/// term survives both backends' tokenizers whole.
/// </summary>
public static class EntityTerm
{
    public const string Prefix = "entity:";

    public static string For(string entityId)
    {
        var term = new StringBuilder(Prefix.Length + entityId.Length).Append(Prefix);
        foreach (var c in entityId.ToLowerInvariant())
        {
            term.Append(char.IsLetterOrDigit(c) || c is ':' or '-' or '.' ? c : '_');
        }
        return term.ToString();
    }
}
