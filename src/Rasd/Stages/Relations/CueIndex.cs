using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;

namespace Rasd.Stages.Relations;

/// <summary>
/// The interaction cues of one document, found once from left to right, longest first: at each token
/// the cue that starts there. Words inside the names of organizations, agencies and places are no
/// cues (منظمة شنغهاي للتعاون, منظمة التجارة العالمية).
/// </summary>
public sealed class CueIndex
{
    private readonly (InteractionCue Cue, int End)?[] _at;

    public CueIndex(Document document, InteractionLexicon lexicon)
    {
        var tokens = document.Tokens;
        var masked = new bool[tokens.Count];
        foreach (var mention in document.All<EntityMention>().Where(m => m.Type is EntityType.Org or EntityType.Agency or EntityType.Location))
        {
            if (CountryReferenceFinder.Tokens(document, mention.Start, mention.End) is { } range)
            {
                Array.Fill(masked, true, range.First, range.End - range.First);
            }
        }
        _at = new (InteractionCue, int)?[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!masked[k] && lexicon.At(document.Normalized.Text, tokens, k) is { } found)
            {
                _at[k] = found;
                k = found.End - 1;
            }
        }
    }

    /// <summary>The cues that lie wholly in tokens [first, end), by the token they start at.</summary>
    public List<(int Token, InteractionCue Cue)> In(int first, int end)
    {
        var cues = new List<(int, InteractionCue)>();
        for (var k = Math.Max(0, first); k < Math.Min(end, _at.Length); k++)
        {
            if (_at[k] is { } found && found.End <= end)
            {
                cues.Add((k, found.Cue));
            }
        }
        return cues;
    }
}
