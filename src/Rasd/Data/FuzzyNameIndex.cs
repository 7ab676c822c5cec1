using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// Finds the known names nearest to an unseen spelling: candidates share the name skeleton or
/// differ from it by one letter (a symmetric-deletion index), then the weighted name distance
/// ranks them. Only persons and places are indexed: organization names are common nouns, where
/// near spellings are different words.
/// </summary>
public sealed class FuzzyNameIndex
{
    private const int MinSkeletonForDeletes = 3;
    private readonly Dictionary<string, List<(string Folded, GazetteerForm Form)>> _bySkeleton = new(StringComparer.Ordinal);

    public FuzzyNameIndex(Gazetteer gazetteer)
    {
        foreach (var entry in gazetteer.Entries.Where(e => e.Type is EntityType.Person or EntityType.Country or EntityType.City or EntityType.Location))
        {
            foreach (var (folded, form) in gazetteer.FoldedForms(entry))
            {
                if (form.Kind is NameFormKind.Name or NameFormKind.Surname)
                {
                    Add(folded, form);
                }
            }
        }
    }

    /// <summary>Known forms within the similarity floor, best first.</summary>
    public IReadOnlyList<FuzzyMatch> Lookup(string folded, double minimumSimilarity)
    {
        var skeleton = NameSkeleton.Of(folded);
        var seen = new HashSet<(string, GazetteerForm)>();
        var matches = new List<FuzzyMatch>();
        foreach (var key in BlockingKeys(skeleton))
        {
            if (!_bySkeleton.TryGetValue(key, out var bucket))
            {
                continue;
            }
            foreach (var (knownFolded, form) in bucket)
            {
                if (!seen.Add((knownFolded, form)))
                {
                    continue;
                }
                var similarity = NameDistance.Similarity(folded, knownFolded);
                if (similarity >= minimumSimilarity)
                {
                    matches.Add(new FuzzyMatch(form, knownFolded, similarity, NameSkeleton.Of(knownFolded) == skeleton));
                }
            }
        }
        return matches.OrderByDescending(m => m.Similarity).ToList();
    }

    private void Add(string folded, GazetteerForm form)
    {
        foreach (var key in BlockingKeys(NameSkeleton.Of(folded)))
        {
            if (!_bySkeleton.TryGetValue(key, out var bucket))
            {
                _bySkeleton[key] = bucket = [];
            }
            bucket.Add((folded, form));
        }
    }

    /// <summary>The blocking keys of a name skeleton: itself and, for skeletons of three letters or more, each with one letter deleted; two names are compared when they share a key.</summary>
    public static IEnumerable<string> BlockingKeys(string skeleton)
    {
        yield return skeleton;
        if (skeleton.Replace(" ", string.Empty, StringComparison.Ordinal).Length < MinSkeletonForDeletes)
        {
            yield break;
        }
        for (var i = 0; i < skeleton.Length; i++)
        {
            if (skeleton[i] != ' ')
            {
                yield return skeleton.Remove(i, 1);
            }
        }
    }
}

/// <summary>A known form near an unseen spelling, with its similarity in [0, 1] and whether both share one name skeleton.</summary>
public sealed record FuzzyMatch(GazetteerForm Form, string KnownForm, double Similarity, bool SameSkeleton);
