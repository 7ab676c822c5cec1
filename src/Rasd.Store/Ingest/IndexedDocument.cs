using Rasd.Records;
using Rasd.Store.Search;

namespace Rasd.Store.Ingest;

/// <summary>
/// An article as the search index stores it: its terms in text order (the backends' full-text
/// index is built over exactly these), then one entity term per mention; the term frequencies and
/// the length that BM25 uses.
/// </summary>
public sealed record IndexedDocument(IReadOnlyList<string> Tokens, IReadOnlyDictionary<string, int> TermFrequencies)
{
    public int Length => Tokens.Count;

    public static IndexedDocument From(AnalysisRecord record)
    {
        var tokens = SearchAnalyzer.Analyze(record.Text, SearchAnalyzer.MaxIndexedTokens).Select(t => t.Term).ToList();
        foreach (var entity in record.Entities)
        {
            var term = EntityTerm.For(entity.Id);
            for (var i = 0; i < Math.Max(1, entity.Mentions.Count); i++)
            {
                tokens.Add(term);
            }
        }
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            frequencies[token] = frequencies.GetValueOrDefault(token) + 1;
        }
        return new IndexedDocument(tokens, frequencies);
    }
}
