namespace Rasd.Stages.Entities.Tagging;

/// <summary>A word's place in an entity.</summary>
internal enum MentionRole
{
    /// <summary>The entity is the word alone.</summary>
    Single,

    First,
    Inner,
    Last,
}
