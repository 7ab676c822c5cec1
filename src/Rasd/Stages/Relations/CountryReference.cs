namespace Rasd.Stages.Relations;

/// <summary>
/// A country referred to by tokens [TokenStart, TokenEnd) of the normalized view: by its name, a
/// state-naming nisba, its capital, one of its officials or bodies, «our country» in its speaker's
/// quotation, or its agents (دبلوماسيين روس). Prefix is the length of the proclitics on the first
/// token (وإيران → 1).
/// </summary>
public sealed record CountryReference(int TokenStart, int TokenEnd, string Code, ReferenceKind Kind, int Prefix = 0);

/// <summary>How a country is referred to.</summary>
public enum ReferenceKind
{
    Name,
    Nisba,
    Capital,
    Official,
    Body,
    OwnCountry,
    Nationals,
}
