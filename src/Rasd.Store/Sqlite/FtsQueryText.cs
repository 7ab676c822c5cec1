using Rasd.Store.Search;

namespace Rasd.Store.Sqlite;

/// <summary>
/// Writes an FTS5 query from term groups. Every term is a double-quoted string (quotes doubled),
/// so nothing a user typed can act as FTS5 syntax; a quoted string of several terms is a phrase.
/// </summary>
internal static class FtsQueryText
{
    public static string From(IReadOnlyList<TermGroup> groups, bool requireAll) =>
        string.Join(requireAll ? " AND " : " OR ", groups.Select(Group));

    private static string Group(TermGroup group) =>
        "(" + string.Join(" OR ", group.Alternatives.Select(a => Quote(string.Join(' ', a.Terms)))) + ")";

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
