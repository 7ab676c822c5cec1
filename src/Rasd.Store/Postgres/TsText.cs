using System.Text;
using Rasd.Store.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// Writes tsvector and tsquery literals from pre-analyzed terms, so that PostgreSQL indexes and
/// matches exactly the terms Lucene sees: no text search configuration touches them (the effect of
/// the <c>simple</c> configuration, without its parser splitting <c>entity:…</c> terms). Lexemes are
/// single-quoted with quotes and backslashes escaped; the literal is bound as a parameter and cast,
/// never spliced into SQL. Filter keys (<see cref="SourceKey"/>, <see cref="PairKey"/>) are lexemes
/// without positions after the text, so that one index answers words and filters together.
/// </summary>
internal static class TsText
{
    /// <summary>PostgreSQL keeps at most 256 positions per lexeme and positions up to 16,383.</summary>
    private const int MaxPositionsPerLexeme = 256;
    private const int MaxPosition = 16_383;

    public static string SourceKey(string sourceId) => "source:" + sourceId;

    public static string PairKey(string pair) => "pair:" + pair;

    public static string Vector(IReadOnlyList<string> terms, IEnumerable<string>? keys = null)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            if (!positions.TryGetValue(terms[i], out var list))
            {
                positions[terms[i]] = list = [];
            }
            var position = i + 1;
            if (list.Count < MaxPositionsPerLexeme && position <= MaxPosition)
            {
                list.Add(position);
            }
        }
        foreach (var key in keys ?? [])
        {
            positions.TryAdd(key, []);
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

    /// <summary>All groups (<paramref name="requireAll"/>) or any of them; a group is any of its alternatives, a phrase its terms in a row.</summary>
    public static string Query(IReadOnlyList<TermGroup> groups, bool requireAll) =>
        string.Join(requireAll ? " & " : " | ", groups.Select(Group));

    public static string Quote(string lexeme) =>
        "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Group(TermGroup group) =>
        "(" + string.Join(" | ", group.Alternatives.Select(a => "(" + string.Join(" <-> ", a.Terms.Select(Quote)) + ")")) + ")";
}
