using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Rasd.Cli.Commands.Bench;

/// <summary>
/// The floor no analysis can beat: Lucene.Net's <c>ArabicAnalyzer</c> (tokenize, normalize, drop
/// stop words, light-stem) reading the text once and handing over every token.
/// </summary>
internal sealed class TokenizerFloor : IDisposable
{
    private readonly Analyzer analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>Consumes every token of <paramref name="text"/> and returns how many there were.</summary>
    public int CountTokens(string text)
    {
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = 0;
        var characters = 0L;
        while (stream.IncrementToken())
        {
            tokens++;
            characters += term.Length;
        }
        stream.End();
        GC.KeepAlive(characters);
        return tokens;
    }

    public void Dispose() => analyzer.Dispose();
}
