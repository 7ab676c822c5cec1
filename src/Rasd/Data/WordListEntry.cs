namespace Rasd.Data;

/// <summary>A plain word list inside a lexicon file, beside the note that explains it (calendar future cues and year heads, adjectival person nouns).</summary>
public sealed record WordListEntry(IReadOnlyList<string> Words);
