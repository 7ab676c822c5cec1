using Rasd.Input;

namespace Rasd.Store.Abstractions;

/// <summary>A stored article as the pipeline needs it again: its input and the date that was supplied for it.</summary>
public sealed record StoredInput(long Sequence, ArticleInput Input, string? SuppliedPublished);
