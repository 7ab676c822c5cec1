using Rasd.Text;

namespace Rasd.Data;

/// <summary>Nouns that open the proper name of a natural feature: بحر، جزيرة، جبل (data/lexicons/landforms.json).</summary>
public sealed class LandformLexicon(LandformLexicon.LandformFile file)
{
    /// <summary>The heads, found as the pipeline's other phrase lists are (a proclitic off the first word).</summary>
    public PhraseMatcher<string> Heads { get; } = PhraseMatcher<string>.Of(file.LandformHeads);

    public sealed record LandformFile(IReadOnlyList<string> LandformHeads);
}
