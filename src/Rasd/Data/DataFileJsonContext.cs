using System.Text.Json;
using System.Text.Json.Serialization;
using static Rasd.Data.GazetteerFiles;

namespace Rasd.Data;

/// <summary>
/// The shapes of the data files, their JSON readers generated at build time: building them by
/// reflection at run time was a fifth of every command's start-up. <see cref="DataFile"/> falls back
/// to reflection for any shape not listed here.
/// </summary>
[JsonSerializable(typeof(BodyNameLexicon.BodyFile))]
[JsonSerializable(typeof(BoilerplatePatterns.PatternFile))]
[JsonSerializable(typeof(CalendarLexicon.CalendarFile))]
[JsonSerializable(typeof(CountedNounLexicon.CountedNounFile))]
[JsonSerializable(typeof(CreditLexicon.CreditFile))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(InteractionLexicon.InteractionFile))]
[JsonSerializable(typeof(LandformLexicon.LandformFile))]
[JsonSerializable(typeof(NisbaLexicon.NisbaFile))]
[JsonSerializable(typeof(NumberLexicon.NumberFile))]
[JsonSerializable(typeof(RelationLexicon.RelationFile))]
[JsonSerializable(typeof(ReportingLexicon.ReportingFile))]
[JsonSerializable(typeof(RoleLexicon.RoleFile))]
[JsonSerializable(typeof(ToneLexicon.ToneFile))]
[JsonSerializable(typeof(UnitLexicon.UnitFile))]
[JsonSerializable(typeof(List<Agency>))]
[JsonSerializable(typeof(List<AmbiguousSurname>))]
[JsonSerializable(typeof(List<Country>))]
[JsonSerializable(typeof(List<Organization>))]
[JsonSerializable(typeof(List<Person>))]
[JsonSerializable(typeof(List<Place>))]
[JsonSerializable(typeof(List<Publisher>))]
[JsonSerializable(typeof(List<StateBody>))]
internal sealed partial class DataFileJsonContext : JsonSerializerContext;
