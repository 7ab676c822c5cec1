using System.Globalization;

namespace Rasd.Store.Identity;

/// <summary>
/// Decides whether an unknown id the store meets for the first time names an entity it already
/// holds. The names must match by the skeleton-and-distance rule (<see cref="NameAgreement"/>), two
/// persons' given names must agree (a different given name is another person), and the evidence
/// must agree:
/// <list type="bullet">
/// <item>a name of two words or more that is the stored name with a proclitic glued to its first
/// word (وريال مدريد, لحزب العمال الكردستاني): the tagger read the preposition or conjunction into it;</item>
/// <item>in the same article, a name of one word with a proclitic, or the same skeleton at 0.9: the
/// pipeline read two spellings of one name there;</item>
/// <item>in other articles, a role the entity was given before, or the co-mentioned entities
/// (each shared one weighs ln(N / df), its rarity among the N earlier articles, and together they
/// must weigh 4: one entity named in a fiftieth of the articles, or two named in a seventh), or
/// the same given name of four letters or more with the same skeleton at 0.9, unless so many
/// people bear it that it says nothing (<see cref="NameAgreement.IsCommonName"/>), or in the
/// same way the same family name with the given name spelled another way (اسحاق رابين، اسحق رابين):
/// the names already agree on everything but the spelling of one word. The given names must end
/// alike, since a family's men and women are often told apart by the last letter alone (باولو and
/// باولا، جوليان and جوليانا).</item>
/// </list>
/// Otherwise the id starts an entity of its own. Candidates are tried best name first; the first
/// whose evidence agrees is taken.
/// </summary>
public sealed class EntityLinker(NameAgreement names)
{
    public const double SameArticleFloor = 0.9;
    public const double GivenNameFloor = 0.9;
    public const int GivenNameLetters = 4;
    public const double ContextFloor = 4.0;

    public NameAgreement Names { get; } = names;

    public LinkDecision Decide(NewEntity entity, IReadOnlyList<LinkCandidate> candidates, IIdentityFacts facts)
    {
        foreach (var candidate in candidates.OrderByDescending(c => c.Similarity).ThenBy(c => c.EntityId, StringComparer.Ordinal))
        {
            var person = entity.Type == "person" && NameAgreement.HaveGivenNames(candidate.Form, candidate.CandidateForm);
            if (person && !NameAgreement.GivenNamesAgree(candidate.Form, candidate.CandidateForm))
            {
                continue;
            }
            var evidence = candidate.Clitic && candidate.Form.Contains(' ', StringComparison.Ordinal)
                ? "the name with a proclitic"
                : entity.InArticle.Contains(candidate.CanonicalId)
                ? SameArticle(candidate)
                : OtherArticles(entity, candidate, person, facts);
            if (evidence is not null)
            {
                return new LinkDecision(candidate.CanonicalId, LinkDecision.Linked, Math.Round(candidate.Similarity, 3), $"{candidate.EntityId}: {evidence}");
            }
        }
        return LinkDecision.Alone(entity.Id);
    }

    private static string? SameArticle(LinkCandidate candidate) =>
        candidate.Clitic ? "the same article, the name with a proclitic"
        : candidate.SameSkeleton && candidate.Similarity >= SameArticleFloor ? "the same article, the same skeleton"
        : null;

    private string? OtherArticles(NewEntity entity, LinkCandidate candidate, bool person, IIdentityFacts facts)
    {
        var reasons = new List<string>();
        var roles = entity.Roles.Count == 0 ? [] : facts.Roles(candidate.CanonicalId, entity.Sequence).Intersect(entity.Roles, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (roles.Count > 0)
        {
            reasons.Add($"role {string.Join(", ", roles)}");
        }
        var shared = entity.CoMentioned.Count == 0 ? [] : facts.CoMentioned(candidate.CanonicalId, entity.CoMentioned, entity.Sequence);
        if (shared.Count > 0)
        {
            var articles = facts.Articles(entity.Sequence);
            var weight = shared.Sum(id => Rarity(articles, facts.ArticlesNaming(id, entity.Sequence)));
            if (weight >= ContextFloor)
            {
                var named = string.Join(", ", shared.Order(StringComparer.Ordinal).Take(5));
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"co-mentioned {weight:0.0}: {named}{(shared.Count > 5 ? ", …" : string.Empty)}"));
            }
        }
        var (given, otherGiven) = (NameAgreement.FirstWord(candidate.Form), NameAgreement.FirstWord(candidate.CandidateForm));
        if (person && given == otherGiven && IsTellingSharedWord(given, candidate))
        {
            reasons.Add($"given name {given}");
        }
        var family = NameAgreement.LastWord(candidate.Form);
        if (person && given != otherGiven && given[^1] == otherGiven[^1] && family == NameAgreement.LastWord(candidate.CandidateForm) && IsTellingSharedWord(family, candidate))
        {
            reasons.Add($"family name {family}");
        }
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    /// <summary>Whether a word both names share says they are one person: long enough, borne by few, in names of one skeleton at 0.9.</summary>
    private bool IsTellingSharedWord(string word, LinkCandidate candidate) =>
        word.Length >= GivenNameLetters && candidate.SameSkeleton && candidate.Similarity >= GivenNameFloor && !Names.IsCommonName(word);

    private static double Rarity(long articles, long naming) => naming <= 0 || articles <= naming ? 0 : Math.Log((double)articles / naming);
}
