using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;

namespace Rasd.Stages.Relations;

/// <summary>
/// A statement by a country's official or body, as the quotes stage attributed it, whose words name
/// exactly one other country as a party or a topic relates the two (a minister on a neighbour's
/// sanctions, a ministry on the crisis in Syria). Words that name two or more others report on
/// them, and the clause rule reads those; a country named only as a venue is not what the
/// statement is about.
/// </summary>
public sealed class StatementRule(KnowledgeBase knowledge)
{
    private readonly ReferenceRoles _roles = new(knowledge);

    /// <summary>The pair each attributed quotation makes, with the quotation.</summary>
    public IEnumerable<((string A, string B) Pair, Quote Quote)> Pairs(Document document, IReadOnlyList<CountryReference> references, CueIndex cues)
    {
        var profiles = document.All<EntityProfile>().ToDictionary(p => p.EntityId, StringComparer.Ordinal);
        foreach (var quote in document.All<Quote>())
        {
            if (CountryReferenceFinder.SpeakerCountry(quote, profiles) is not { } speaker)
            {
                continue;
            }
            var (first, end) = document.TokenRange(quote.Start, quote.End);
            var named = references.Where(r => r.TokenStart >= first && r.TokenEnd <= end).ToList();
            var cueTokens = cues.In(first, end).Select(c => c.Token).ToHashSet();
            var segment = new SegmentReferences(document, first, named);
            var others = named
                .Where(r => r.Code != speaker && _roles.Of(document, segment, r, cueTokens) is ReferenceRole.Party or ReferenceRole.Topic)
                .Select(r => r.Code).Distinct().ToList();
            if (others.Count == 1)
            {
                yield return (ClauseRule.Ordered(speaker, others[0]), quote);
            }
        }
    }
}
