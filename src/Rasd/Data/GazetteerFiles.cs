namespace Rasd.Data;

/// <summary>The shapes of the gazetteer files under data/gazetteer (see its README).</summary>
public static class GazetteerFiles
{
    public sealed record Country(string Code, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Nisba, Place? Capital);

    public sealed record Place(string Id, string NameEn, IReadOnlyList<string> Names, string? Country = null);

    public sealed record Organization(string Id, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Acronyms, string? Country, IReadOnlyList<string>? AmbiguousNames, string? Template);

    public sealed record StateBody(string Slug, string NameEn, IReadOnlyList<string> Names);

    public sealed record Agency(string Id, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Latin, string? Country, IReadOnlyList<string>? AmbiguousNames, string? Medium = null);

    public sealed record Publisher(string Id, IReadOnlyList<string> Patterns);

    public sealed record Person(string Id, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Surnames, IReadOnlyList<Office>? Offices);

    public sealed record Office(string Role, string? RoleEn, string Kind, string Country, string? From, string? To, string? Host, string? Org, bool? HeadOfState);

    public sealed record AmbiguousSurname(string Surname, IReadOnlyList<string> Ids);
}
