using Rasd.Data;

namespace Rasd.Pipeline.Annotations;

/// <summary>A span of text naming an entity, with the id it resolved to and how sure that is.</summary>
public sealed record EntityMention(int Start, int End, string EntityId, EntityType Type, double Confidence) : ISpan
{
    /// <summary>Other ids this mention could name when resolution could not decide.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>How the mention was found (gazetteer, nisba, surname, role, tagger…).</summary>
    public string Method { get; init; } = "gazetteer";
}

/// <summary>What the article says about one entity overall: its display names and the roles it gives it.</summary>
public sealed record EntityProfile(string EntityId, EntityType Type, string Name, string? NameEn)
{
    public List<string> Roles { get; init; } = [];

    /// <summary>The ISO code of the country the entity belongs to or serves, when known.</summary>
    public string? Country { get; init; }

    /// <summary>For a person, whether the titles the text or the gazetteer gives them are feminine (null while none says).</summary>
    public bool? Feminine { get; init; }

    /// <summary>
    /// Whether what the entity says and does is its country's: not for a news outlet other than its
    /// state's official agency (Reuters is based in Britain and speaks for no state), nor for a
    /// private company, club or other body the gazetteer marks as acting for no state.
    /// </summary>
    public bool ActsForState { get; init; } = true;
}
