using System.Globalization;

namespace Rasd.Data;

/// <summary>The shapes of the gazetteer files under data/gazetteer (see its README).</summary>
public static class GazetteerFiles
{
    public sealed record Country(string Code, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Nisba, Place? Capital);

    public sealed record Place(string Id, string NameEn, IReadOnlyList<string> Names, string? Country = null);

    public sealed record Organization(string Id, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Acronyms, string? Country, IReadOnlyList<string>? AmbiguousNames, string? Template, bool ActsForState = true);

    public sealed record StateBody(string Slug, string NameEn, IReadOnlyList<string> Names);

    public sealed record Agency(string Id, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Latin, string? Country, IReadOnlyList<string>? AmbiguousNames, string? Medium = null, bool StateRun = false);

    public sealed record Publisher(string Id, IReadOnlyList<string> Patterns);

    public sealed record Person(string Id, string NameEn, IReadOnlyList<string> Names, IReadOnlyList<string>? Surnames, IReadOnlyList<Office>? Offices);

    public sealed record Office(string Role, string? RoleEn, string Kind, string Country, string? From, string? To, string? Host, string? Org, bool? HeadOfState)
    {
        /// <summary>
        /// Whether the holder acts for the state of <see cref="Country"/>: not the head of an
        /// international organization (whose country is only their nationality), not an office of an
        /// organization, not a party, movement or armed-group leader, not a private role.
        /// </summary>
        public bool ActsForState => Org is null && Kind is not ("head-of-organization" or "party-leader" or "private");

        /// <summary>
        /// Whether the office was held on the day, comparing at the precision of the dates
        /// (a <c>to</c> of "2018" covers all of 2018); with no day, whether it is still held.
        /// </summary>
        public bool HeldOn(DateOnly? day)
        {
            if (day is not DateOnly d)
            {
                return To is null;
            }
            var iso = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (From is null || string.CompareOrdinal(From, iso) <= 0) && (To is null || string.CompareOrdinal(To, iso[..Math.Min(iso.Length, To.Length)]) >= 0);
        }
    }

    public sealed record AmbiguousSurname(string Surname, IReadOnlyList<string> Ids);
}
