namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// How the other mentions of a word in a document were tagged by the first pass: a count per
/// entity type and per the word's place in the entity (<see cref="MentionRole"/>).
/// </summary>
internal sealed class DocumentMentions
{
    public const int RoleCount = 4;

    public static readonly int SlotCount = NerTagNames.EntityTypes.Count * RoleCount;

    private readonly int[] _counts;

    private DocumentMentions(int[] counts) => _counts = counts;

    /// <summary>The index of a type and role among the counts.</summary>
    public static int Slot(string type, MentionRole role) => TypeIndex(type) * RoleCount + (int)role;

    private static readonly Dictionary<string, int> TypeIndices =
        NerTagNames.EntityTypes.Select((type, index) => (type, index)).ToDictionary(pair => pair.type, pair => pair.index, StringComparer.Ordinal);

    /// <summary>The type's index in <see cref="NerTagNames.EntityTypes"/>.</summary>
    public static int TypeIndex(string type)
    {
        return TypeIndices.TryGetValue(type, out var index) ? index : throw new ArgumentException($"unknown entity type {type}", nameof(type));
    }

    public static MentionRole RoleOf(int token, EntitySpan span) =>
        span.End - span.Start == 1 ? MentionRole.Single
        : token == span.Start ? MentionRole.First
        : token == span.End - 1 ? MentionRole.Last
        : MentionRole.Inner;

    /// <summary>The counts without the token's own mention (<paramref name="ownSlot"/>, -1 for none), or null when nothing is left.</summary>
    public static DocumentMentions? Others(int[] counts, int ownSlot)
    {
        // Most tokens looked up are a name's only mention: decided before anything is copied.
        var total = 0;
        foreach (var count in counts)
        {
            total += count;
        }
        if (total - (ownSlot >= 0 ? 1 : 0) <= 0)
        {
            return null;
        }
        var others = (int[])counts.Clone();
        if (ownSlot >= 0)
        {
            others[ownSlot]--;
        }
        return new DocumentMentions(others);
    }

    public int Count(int type, MentionRole role) => _counts[type * RoleCount + (int)role];

    public int CountOfType(int type)
    {
        var total = 0;
        for (var role = 0; role < RoleCount; role++)
        {
            total += _counts[type * RoleCount + role];
        }
        return total;
    }

    /// <summary>The type most mentions had; ties go to the type listed first in <see cref="NerTagNames.EntityTypes"/>, so the result never depends on order.</summary>
    public int MajorityType
    {
        get
        {
            var best = 0;
            for (var type = 1; type < NerTagNames.EntityTypes.Count; type++)
            {
                if (CountOfType(type) > CountOfType(best))
                {
                    best = type;
                }
            }
            return best;
        }
    }

    /// <summary>The place the word most often had in the names of <paramref name="type"/>; ties go to the lower role.</summary>
    public MentionRole MajorityRole(int type)
    {
        var best = MentionRole.Single;
        for (var role = MentionRole.First; (int)role < RoleCount; role++)
        {
            if (Count(type, role) > Count(type, best))
            {
                best = role;
            }
        }
        return best;
    }

    /// <summary>How many types the mentions had.</summary>
    public int TypeCount
    {
        get
        {
            var types = 0;
            for (var type = 0; type < NerTagNames.EntityTypes.Count; type++)
            {
                types += CountOfType(type) > 0 ? 1 : 0;
            }
            return types;
        }
    }
}
