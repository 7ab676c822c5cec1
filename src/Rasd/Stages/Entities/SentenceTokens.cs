using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;

namespace Rasd.Stages.Entities;

/// <summary>The sentences of a segmented document as token ranges and their folded words, the way the name tagger reads them.</summary>
internal static class SentenceTokens
{
    public static (List<(int First, int End)> Ranges, List<IReadOnlyList<string>> Words) Of(Document document)
    {
        var ranges = document.All<Segment>().Where(s => s.Kind == SegmentKind.Sentence)
            .Select(s => document.TokenRange(s.Start, s.End)).Where(r => r.End > r.First).ToList();
        var words = ranges.Select(r => (IReadOnlyList<string>)document.Tokens.Skip(r.First).Take(r.End - r.First).Select(t => t.Text).ToList()).ToList();
        return (ranges, words);
    }
}
