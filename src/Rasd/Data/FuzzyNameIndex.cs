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
    private readonly Dictionary<string, List<IndexedForm>> _bySkeleton = new(StringComparer.Ordinal);

    /// <summary>
    /// One object per distinct form, shared by every bucket it is filed under, so that a look-up
    /// skips a form met under a second key by reference rather than by hashing the whole form.
    /// </summary>
    private readonly Dictionary<(string Folded, GazetteerForm Form), IndexedForm> _forms = [];

    private sealed record IndexedForm(string Folded, GazetteerForm Form, string Skeleton);

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
        _forms.Clear();
        _forms.TrimExcess();
    }

    /// <summary>
    /// Known forms within the similarity floor, best first (equal similarities in the order their
    /// buckets were met). A form filed under several of the spelling's keys is compared once.
    /// </summary>
    public IReadOnlyList<FuzzyMatch> Lookup(string folded, double minimumSimilarity)
    {
        var skeleton = NameSkeleton.Of(folded);
        var matches = new List<FuzzyMatch>();
        var matched = new List<IndexedForm>();
        var bySkeleton = _bySkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        // The keys of BlockingKeys, in its order, written into one buffer rather than made as strings.
        Span<char> deleted = skeleton.Length <= 64 ? stackalloc char[64] : new char[skeleton.Length];
        var deletes = WithDeletes(skeleton);
        for (var i = -1; i < (deletes ? skeleton.Length : 0); i++)
        {
            scoped ReadOnlySpan<char> key;
            if (i < 0)
            {
                key = skeleton;
            }
            else if (skeleton[i] == ' ')
            {
                continue;
            }
            else
            {
                skeleton.AsSpan(0, i).CopyTo(deleted);
                skeleton.AsSpan(i + 1).CopyTo(deleted[i..]);
                key = deleted[..(skeleton.Length - 1)];
            }
            if (!bySkeleton.TryGetValue(key, out var bucket))
            {
                continue;
            }
            foreach (var known in bucket)
            {
                if (NameDistance.SimilarityAtLeast(folded, known.Folded, minimumSimilarity) is { } similarity
                    && !matched.Contains(known, ReferenceEqualityComparer.Instance))
                {
                    matched.Add(known);
                    matches.Add(new FuzzyMatch(known.Form, known.Folded, similarity, known.Skeleton == skeleton));
                }
            }
        }
        return matches.Count < 2 ? matches : matches.OrderByDescending(m => m.Similarity).ToList();
    }

    private void Add(string folded, GazetteerForm form)
    {
        if (!_forms.TryGetValue((folded, form), out var known))
        {
            _forms[(folded, form)] = known = new IndexedForm(folded, form, NameSkeleton.Of(folded));
        }
        foreach (var key in BlockingKeys(known.Skeleton))
        {
            if (!_bySkeleton.TryGetValue(key, out var bucket))
            {
                _bySkeleton[key] = bucket = [];
            }
            bucket.Add(known);
        }
    }

    /// <summary>Whether a skeleton is long enough (without its spaces) to be filed also under its deletions.</summary>
    private static bool WithDeletes(string skeleton) => skeleton.Length - skeleton.AsSpan().Count(' ') >= MinSkeletonForDeletes;

    /// <summary>The blocking keys of a name skeleton: itself and, for skeletons of three letters or more, each with one letter deleted; two names are compared when they share a key.</summary>
    public static IEnumerable<string> BlockingKeys(string skeleton)
    {
        yield return skeleton;
        if (!WithDeletes(skeleton))
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
