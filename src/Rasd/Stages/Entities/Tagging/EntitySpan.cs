namespace Rasd.Stages.Entities.Tagging;

/// <summary>An entity in a tagged sentence: its type and the word range [Start, End).</summary>
public readonly record struct EntitySpan(string Type, int Start, int End);
