namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The non-local features of the second tagging pass (Krishnan &amp; Manning 2006; Ratinov &amp; Roth
/// 2009): for a token whose word was inside names elsewhere in the document
/// (<see cref="DocumentMemory"/>), the type most of those mentions had, crossed with what the first
/// pass made of the token itself, with the word's usual place in those names and with how many there
/// were; whether the mentions disagree on the type; and the majority type of the neighbours'
/// mentions, so that a name of several words is extended as a whole. Features are small integers:
/// there are <see cref="Count"/> of them, and the second pass's weights are a flat table over them.
/// </summary>
internal static class DocumentFeatures
{
    private static readonly int TypeCount = NerTagNames.EntityTypes.Count;

    /// <summary>What the first pass made of the token: outside, the same type's B- or I-, another type.</summary>
    private const int SelfKinds = 4;

    /// <summary>Bins of the majority type's mention count: 1, 2, 3–4, 5 or more.</summary>
    private const int CountBins = 4;

    private static readonly int SelfBase = 0;
    private static readonly int RoleBase = SelfBase + TypeCount * SelfKinds;
    private static readonly int CountBase = RoleBase + TypeCount * DocumentMentions.RoleCount;
    private static readonly int MixedBase = CountBase + TypeCount * CountBins;
    private static readonly int PreviousBase = MixedBase + TypeCount;
    private static readonly int NextBase = PreviousBase + TypeCount;
    private static readonly int MarginBase = NextBase + TypeCount;

    /// <summary>Bins of the first pass's margin at the token (its best label's score over the next best), in units of the mean absolute weight.</summary>
    private static readonly float[] MarginBounds = [4f, 12f, 30f];

    public static readonly int Count = MarginBase + TypeCount * SelfKinds * (MarginBounds.Length + 1);

    /// <summary>
    /// Adds the (token, feature) pairs of one sentence to <paramref name="features"/>, from its
    /// tokens' <paramref name="mentions"/> elsewhere, the first pass's label indices
    /// (<see cref="NerTagNames.Labels"/> order) and its emissions (token-major).
    /// </summary>
    public static void Extract(IReadOnlyList<(int Token, DocumentMentions Mentions)> mentions, ReadOnlySpan<int> firstPass, ReadOnlySpan<float> emissions, int labelCount, List<(int Token, int Feature)> features)
    {
        var tokenCount = firstPass.Length;
        foreach (var (token, found) in mentions)
        {
            var type = found.MajorityType;
            var self = SelfKind(firstPass[token], type);
            features.Add((token, SelfBase + type * SelfKinds + self));
            // How sure the first pass was decides how much the rest of the document may overrule it.
            features.Add((token, MarginBase + (type * SelfKinds + self) * (MarginBounds.Length + 1) + MarginBin(emissions.Slice(token * labelCount, labelCount))));
            features.Add((token, RoleBase + type * DocumentMentions.RoleCount + (int)found.MajorityRole(type)));
            features.Add((token, CountBase + type * CountBins + CountBin(found.CountOfType(type))));
            if (found.TypeCount > 1)
            {
                features.Add((token, MixedBase + type));
            }
            if (Environment.GetEnvironmentVariable("NONEIGH") is null && token + 1 < tokenCount)
            {
                features.Add((token + 1, PreviousBase + type));
            }
            if (Environment.GetEnvironmentVariable("NONEIGH") is null && token > 0)
            {
                features.Add((token - 1, NextBase + type));
            }
        }
    }

    /// <summary>Label 0 is O, then B- and I- of each type in turn.</summary>
    private static int SelfKind(int label, int type) =>
        label == 0 ? 0
        : (label - 1) / 2 != type ? 3
        : (label - 1) % 2 == 0 ? 1
        : 2;

    private static int MarginBin(ReadOnlySpan<float> scores)
    {
        var (best, second) = (float.NegativeInfinity, float.NegativeInfinity);
        foreach (var score in scores)
        {
            if (score > best)
            {
                (best, second) = (score, best);
            }
            else if (score > second)
            {
                second = score;
            }
        }
        var bin = 0;
        while (bin < MarginBounds.Length && best - second >= MarginBounds[bin])
        {
            bin++;
        }
        return bin;
    }

    private static int CountBin(int count) => count switch
    {
        <= 1 => 0,
        2 => 1,
        <= 4 => 2,
        _ => 3,
    };
}
