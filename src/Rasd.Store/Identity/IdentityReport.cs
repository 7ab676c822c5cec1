using Rasd.Records.Validation;
using Rasd.Store.Abstractions;
using Rasd.Text;

namespace Rasd.Store.Identity;

/// <summary>
/// How well a store keeps one entity under one id: its entities as counted and the record ids
/// behind them, the unknown ids, the clitic-prefixed twins (an unknown id whose name is another
/// id's name with a proclitic glued on: وريال مدريد beside ريال مدريد), names with a hashtag mark or an
/// underscore, the skeleton-twin groups (unknown ids of one type whose names share a name skeleton
/// and still count as different entities; <see cref="SkeletonTwinGroupsUnlinked"/> is the same
/// count taking every id apart), the records that break the contract, and the merges made.
/// </summary>
public sealed record IdentityReport(
    long Articles,
    long Records,
    long Entities,
    long RecordIds,
    long UnknownIds,
    long CliticTwins,
    long CliticTwinsApart,
    long MarkupNames,
    long SkeletonTwinGroups,
    long SkeletonTwinIds,
    long SkeletonTwinGroupsUnlinked,
    long SkeletonTwinIdsUnlinked,
    long? ContractViolations,
    long? RecordsBreakingContract,
    long Linked,
    long MergedByAnalysts,
    long SplitByAnalysts,
    IReadOnlyList<IdentityRow> MergeSample,
    IReadOnlyList<IReadOnlyList<IdentityRow>> TwinsApart)
{
    /// <summary>
    /// Measures a store; <paramref name="validate"/> checks every stored record against the contract,
    /// <paramref name="sample"/> is how many merges to list and <paramref name="twinGroups"/> how many of the
    /// skeleton-twin groups still counted apart (most-mentioned first), for an analyst to review.
    /// </summary>
    public static IdentityReport Measure(IArticleStore store, bool validate, int sample, int twinGroups = 0)
    {
        var rows = store.IdentityRows().ToList();
        var named = rows.Where(r => r.Articles > 0).ToList();
        var canonicalOf = rows.ToDictionary(r => r.Id, r => r.CanonicalId, StringComparer.Ordinal);
        var unknown = named.Where(r => EntityNames.IsUnknown(r.Id)).ToList();

        var byName = named
            .GroupBy(r => (r.Type, Name: EntityNames.Folded(r.Id, r.Name)))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList());
        long twins = 0, twinsApart = 0;
        foreach (var row in unknown)
        {
            var name = EntityNames.Folded(row.Id, row.Name);
            var others = EntityNames.Forms(name).Skip(1)
                .SelectMany(form => byName.GetValueOrDefault((row.Type, form)) ?? [])
                .Where(id => id != row.Id)
                .ToList();
            if (others.Count == 0)
            {
                continue;
            }
            twins++;
            if (others.All(id => canonicalOf[id] != row.CanonicalId))
            {
                twinsApart++;
            }
        }

        var skeletons = unknown.GroupBy(r => (r.Type, NameSkeleton.Of(EntityNames.Folded(r.Id, r.Name)))).Where(g => g.Count() > 1).ToList();
        var apart = skeletons.Where(g => g.Select(r => r.CanonicalId).Distinct(StringComparer.Ordinal).Count() > 1).ToList();

        long? violations = null, breaking = null;
        if (validate)
        {
            var validator = RecordValidator.Default;
            var counts = store.ExportArticles().AsParallel().Select(a => validator.Validate(a.RecordJson).Count).ToList();
            violations = counts.Sum();
            breaking = counts.Count(c => c > 0);
        }

        var merged = rows.Where(r => r.Decision == LinkDecision.Linked).ToList();
        var step = Math.Max(1, merged.Count / Math.Max(1, sample));
        var counted = store.Counts();
        return new IdentityReport(
            counted.Articles,
            counted.Articles + counted.NearDuplicates,
            named.Select(r => r.CanonicalId).Distinct(StringComparer.Ordinal).LongCount(),
            named.Count,
            unknown.Count,
            twins,
            twinsApart,
            named.LongCount(r => r.Name.Contains('#', StringComparison.Ordinal) || r.Name.Contains('_', StringComparison.Ordinal)),
            apart.Count,
            apart.Sum(g => g.Count()),
            skeletons.Count,
            skeletons.Sum(g => g.Count()),
            violations,
            breaking,
            merged.Count,
            rows.LongCount(r => r.Decision == LinkDecision.Merged),
            rows.LongCount(r => r.Decision == LinkDecision.Split),
            sample <= 0 ? [] : merged.Where((_, i) => i % step == 0).Take(sample).ToList(),
            twinGroups <= 0 ? [] : apart
                .Select(g => (IReadOnlyList<IdentityRow>)g.OrderByDescending(r => r.Articles).ThenBy(r => r.Id, StringComparer.Ordinal).ToList())
                .OrderByDescending(g => g.Sum(r => r.Articles)).ThenBy(g => g[0].Id, StringComparer.Ordinal)
                .Take(twinGroups).ToList());
    }
}
