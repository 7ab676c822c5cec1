using Rasd.Stages.Relations;

namespace Rasd.Tests.Stages;

/// <summary>The index over a stretch's country references answers as a scan over all of them would, nested references included.</summary>
public sealed class SegmentReferencesTests
{
    [Fact]
    public void Answers_as_a_scan_over_the_references_does()
    {
        var document = Analysis.Run("قال الوزير ( عن روسيا ) إن إيران [ وتركيا ( والصين ) ] والهند ستجتمع في موسكو مع البرازيل");
        var count = document.Tokens.Count;
        var random = new Random(11);
        for (var trial = 0; trial < 50; trial++)
        {
            var segmentStart = random.Next(count / 2);
            var references = Enumerable.Range(0, random.Next(0, 8))
                .Select(_ => random.Next(segmentStart, count))
                .Select(start => new CountryReference(start, Math.Min(count, start + random.Next(1, 4)), random.Next(2) == 0 ? "RU" : "IR", ReferenceKind.Name))
                .OrderBy(r => r.TokenStart)
                .ToList();
            var index = new SegmentReferences(document, segmentStart, references);
            for (var k = 0; k < count; k++)
            {
                Assert.Equal(references.Any(r => r.TokenStart <= k && k < r.TokenEnd), index.Covers(k));
                Assert.Equal(references.Any(r => r.TokenStart == k), index.HasReferenceStartingAt(k));
                Assert.Equal(references.Where(r => r.TokenStart >= segmentStart && r.TokenEnd <= k).Sum(r => (long)(r.TokenEnd - r.TokenStart)), index.LengthBefore(k));
                Assert.Equal(OpenBrackets(document, segmentStart, k), index.InBrackets(document, k));
            }
        }
    }

    [Fact]
    public void Refuses_references_out_of_token_order()
    {
        var document = Analysis.Run("روسيا وإيران");
        List<CountryReference> references = [new(1, 2, "IR", ReferenceKind.Name), new(0, 1, "RU", ReferenceKind.Name)];
        Assert.Throws<ArgumentException>(() => new SegmentReferences(document, 0, references));
    }

    private static bool OpenBrackets(Rasd.Pipeline.Document document, int segmentStart, int token)
    {
        var depth = 0;
        for (var k = segmentStart + 1; k <= token; k++)
        {
            var gap = k <= 0 || k >= document.Tokens.Count ? "" : document.Normalized.Text[document.Tokens[k - 1].End..document.Tokens[k].Start];
            depth += gap.Count(c => c is '(' or '[') - gap.Count(c => c is ')' or ']');
        }
        return depth > 0;
    }
}
