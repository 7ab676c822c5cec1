namespace Rasd.Data;

/// <summary>One surface form of a known entity, as stored in the phrase matcher.</summary>
public sealed record GazetteerForm(GazetteerEntry Entry, NameFormKind Kind);
