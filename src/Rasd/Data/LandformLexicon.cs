using Rasd.Text;

namespace Rasd.Data;

/// <summary>Nouns that open the proper name of a natural feature: بحر، جزيرة، جبل (data/lexicons/landforms.json).</summary>
public sealed class LandformLexicon(LandformLexicon.LandformFile file)
{
    /// <summary>Each head, folded, as its words.</summary>
    public IReadOnlyList<string[]> Heads { get; } =
        [.. file.LandformHeads.Select(head => ArabicNormalizer.Fold(head).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 0)];

    public sealed record LandformFile(IReadOnlyList<string> LandformHeads);
}
