using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rasd.Store.Search.Lucene;

/// <summary>
/// Hands Lucene terms that <see cref="SearchAnalyzer"/> has already made, one position each, so that
/// Lucene indexes exactly what PostgreSQL's tsvector holds and what queries are planned against.
/// A Lucene analyzer chain is not used because the analysis is the pipeline's own normalizer and
/// tokenizer (with the offset map the snippets need), which no Lucene filter reproduces.
/// </summary>
internal sealed class TermTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IReadOnlyList<string> _terms;
    private int _next;

    public TermTokenStream(IReadOnlyList<string> terms)
    {
        _terms = terms;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _terms.Count)
        {
            return false;
        }
        ClearAttributes();
        _term.SetEmpty().Append(_terms[_next++]);
        _position.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
