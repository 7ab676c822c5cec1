using System.Text;
using Rasd.Store.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// Writes tsvector and tsquery literals from pre-analyzed terms, so that PostgreSQL indexes and
/// matches exactly the terms SQLite's FTS5 sees: no text search configuration touches them (the
/// effect of the <c>simple</c> configuration, without its parser splitting <c>entity:…</c> terms).
/// Lexemes are single-quoted with quotes and backslashes escaped; the literal is bound as a
/// parameter and cast, never spliced into SQL.
/// </summary>
internal static class TsText
{
    /// <summary>PostgreSQL keeps at most 256 positions per lexeme and positions up to 16,383.</summary>
    private const int MaxPositionsPerLexeme = 256;
    private const int MaxPosition = 16_383;

    public static string Vector(IReadOnlyList<string> tokens)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!positions.TryGetValue(tokens[i], out var list))
            {
                positions[tokens[i]] = list = [];
            }
            var position = i + 1;
            if (list.Count < MaxPositionsPerLexeme && position <= MaxPosition)
            {
                list.Add(position);
            }
        }
        var vector = new StringBuilder();
        foreach (var (lexeme, list) in positions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (vector.Length > 0)
            {
                vector.Append(' ');
            }
            vector.Append(Quote(lexeme));
            if (list.Count > 0)
            {
                vector.Append(':').AppendJoin(',', list);
            }
        }
        return vector.ToString();
    }

    public static string Query(IReadOnlyList<TermGroup> groups, bool requireAll) =>
        string.Join(requireAll ? " & " : " | ", groups.Select(Group));

    private static string Group(TermGroup group) =>
        "(" + string.Join(" | ", group.Alternatives.Select(a => "(" + string.Join(" <-> ", a.Terms.Select(Quote)) + ")")) + ")";

    private static string Quote(string lexeme) =>
        "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
