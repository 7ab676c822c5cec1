using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Rasd.Records.Validation;

namespace Rasd.Tests.Records;

/// <summary>
/// Each rule of the record contract, on a record written here: the record as built passes, and
/// each change that breaks one rule is reported at its place, with the schema's reason.
/// </summary>
public sealed class RecordValidatorTests
{
    private const string Text = "قال الرئيس الكازاخي قاسم توكاييف في أستانا إن التجارة مع روسيا بلغت 4 مليارات دولار في 2024.";

    private static readonly RecordValidator Validator = RecordValidator.Default;

    [Fact]
    public void A_well_formed_record_holds()
    {
        Assert.Empty(Validator.Validate(Record().ToJsonString()));
    }

    [Theory]
    [InlineData("country:ar:روسيا", "country")]
    [InlineData("country:RUS", "country")]
    [InlineData("country:ru", "country")]
    [InlineData("country:QQ", "country")]
    [InlineData("city:ar:استانا", "city")]
    [InlineData("city:Astana", "city")]
    [InlineData("person:Kassym-Tokayev", "person")]
    [InlineData("person:kassym_tokayev", "person")]
    [InlineData("person:ar:Kassym-Tokayev", "person")]
    [InlineData("person:ar:قاسم_توكاييف", "person")]
    [InlineData("person:ar:قاسم توكاييف", "person")]
    [InlineData("person:ar:توكاييف-ة", "person")]
    [InlineData("person:ar:", "person")]
    [InlineData("org:t-rkiye-", "org")]
    [InlineData("org:ar:#منظمة", "org")]
    [InlineData("location:ar:شبه-الجزيرة", "location")]
    [InlineData("agency:TASS", "agency")]
    [InlineData("person:kassym-tokayev", "country")]
    [InlineData("planet:mars", "person")]
    public void Ids_follow_the_rule_of_their_type(string id, string type)
    {
        var record = Record();
        record["entities"]![0]!["id"] = id;
        record["entities"]![0]!["type"] = type;
        var violation = Assert.Single(Validator.Validate(record.ToJsonString()));
        Assert.Equal("/entities/0/id", violation.Path);
        Assert.Contains(id, violation.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("person:kassym-jomart-tokayev", "person")]
    [InlineData("person:ar:قاسم-توكاييف", "person")]
    [InlineData("org:ar:منظمه-شنغهاي-للتعاون", "org")]
    [InlineData("location:ar:بحر-قزوين", "location")]
    [InlineData("org:g20", "org")]
    [InlineData("country:XK", "country")]
    [InlineData("agency:ar:وكاله-الانباء", "agency")]
    public void Ids_of_each_type_in_their_allowed_forms_hold(string id, string type)
    {
        var record = Record();
        record["entities"]![0]!["id"] = id;
        record["entities"]![0]!["type"] = type;
        Assert.Empty(Validator.Validate(record.ToJsonString()));
    }

    [Theory]
    [InlineData("قاسم_توكاييف")]
    [InlineData("قاسم #توكاييف")]
    [InlineData(" قاسم توكاييف")]
    [InlineData("")]
    public void Names_carry_no_markup_and_no_surrounding_space(string name)
    {
        var record = Record();
        record["entities"]![0]!["name"] = name;
        Assert.Equal("/entities/0/name", Assert.Single(Validator.Validate(record.ToJsonString())).Path);
    }

    [Theory]
    [InlineData("/quotes/0/kind", "reported")]
    [InlineData("/amounts/0/qualifier", "approximately")]
    [InlineData("/amounts/0/unit", "XYZ")]
    [InlineData("/amounts/0/unit", "Dollars")]
    [InlineData("/times/0/grain", "century")]
    [InlineData("/relations/0/topics/0", "football")]
    [InlineData("/language", "arabic")]
    [InlineData("/published", "2024-02-30")]
    [InlineData("/published", "16/10/2024")]
    [InlineData("/id", "not-a-hash")]
    public void Values_outside_their_enum_or_form_are_refused(string path, string value)
    {
        var record = Record();
        Set(record, path, JsonValue.Create(value));
        Assert.Equal(path, Assert.Single(Validator.Validate(record.ToJsonString())).Path);
    }

    [Theory]
    [InlineData("day", "2024-13-01")]
    [InlineData("day", "2024-02-30")]
    [InlineData("week", "2024-W54")]
    [InlineData("month", "2024-1")]
    [InlineData("season", "2024-AU")]
    [InlineData("year", "24")]
    [InlineData("decade", "1995s")]
    [InlineData("duration", "P")]
    [InlineData("duration", "3 months")]
    [InlineData("duration", "PT")]
    [InlineData("interval", "2020-2024")]
    public void A_time_value_has_the_shape_of_its_grain(string grain, string value)
    {
        var record = Record();
        record["times"]![0]!["grain"] = grain;
        record["times"]![0]!["value"] = value;
        Assert.Equal("/times/0/value", Assert.Single(Validator.Validate(record.ToJsonString())).Path);
    }

    [Theory]
    [InlineData("day", "2024-02-29")]
    [InlineData("week", "2018-W23")]
    [InlineData("month", "2027-09")]
    [InlineData("season", "2014-SU")]
    [InlineData("year", "2024")]
    [InlineData("decade", "1990s")]
    [InlineData("duration", "P3M")]
    [InlineData("duration", "PT5H")]
    [InlineData("duration", "P1.5Y")]
    [InlineData("interval", "2020/2024")]
    [InlineData("interval", "2018-09-11/2018-09-17")]
    [InlineData("year", null)]
    public void Time_values_of_every_grain_hold(string grain, string? value)
    {
        var record = Record();
        record["times"]![0]!["grain"] = grain;
        record["times"]![0]!["value"] = value;
        Assert.Empty(Validator.Validate(record.ToJsonString()));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-1.01)]
    public void Tone_stays_within_minus_one_and_one(double tone)
    {
        var record = Record();
        record["relations"]![0]!["tone"] = tone;
        Assert.Equal("/relations/0/tone", Assert.Single(Validator.Validate(record.ToJsonString())).Path);
    }

    [Fact]
    public void Every_field_is_required_and_no_unknown_field_is_allowed()
    {
        var missing = Record();
        missing.Remove("published");
        Assert.Equal("/", Assert.Single(Validator.Validate(missing.ToJsonString())).Path);
        var extra = Record();
        extra["entities"]![0]!.AsObject()["nameEn"] = "Tokayev";
        Assert.Equal("/entities/0/nameEn", Assert.Single(Validator.Validate(extra.ToJsonString())).Path);
    }

    [Fact]
    public void A_span_outside_the_text_or_showing_other_text_is_reported()
    {
        var outside = Record();
        outside["amounts"]![0]!["end"] = Text.Length + 5;
        Assert.Equal("/amounts/0", Assert.Single(Validator.Validate(outside.ToJsonString())).Path);

        var shifted = Record();
        var mention = shifted["entities"]![0]!["mentions"]![0]!;
        mention["start"] = mention["start"]!.GetValue<int>() + 1;
        mention["end"] = mention["end"]!.GetValue<int>() + 1;
        var violation = Assert.Single(Validator.Validate(shifted.ToJsonString()));
        Assert.Equal("/entities/0/mentions/0/text", violation.Path);
        Assert.Contains("is not the text its span", violation.Reason, StringComparison.Ordinal);

        var evidence = Record();
        evidence["relations"]![0]!["evidence"]![0]!["start"] = Text.Length;
        evidence["relations"]![0]!["evidence"]![0]!["end"] = 1;
        Assert.Equal("/relations/0/evidence/0", Assert.Single(Validator.Validate(evidence.ToJsonString())).Path);
    }

    [Fact]
    public void A_credit_from_the_container_has_the_empty_span_and_any_name()
    {
        var record = Record();
        record["sources"]!.AsArray().Add(new JsonObject { ["id"] = "agency:tass", ["name"] = "TASS", ["start"] = 0, ["end"] = 0 });
        Assert.Empty(Validator.Validate(record.ToJsonString()));
    }

    [Fact]
    public void Relations_are_ordered_pairs_of_two_countries()
    {
        var reversed = Record();
        reversed["relations"]![0]!["a"] = "country:RU";
        reversed["relations"]![0]!["b"] = "country:KZ";
        Assert.Equal("/relations/0", Assert.Single(Validator.Validate(reversed.ToJsonString())).Path);
        var self = Record();
        self["relations"]![0]!["b"] = "country:KZ";
        Assert.Equal("/relations/0", Assert.Single(Validator.Validate(self.ToJsonString())).Path);
    }

    [Fact]
    public void The_id_is_the_hash_of_the_text_and_an_entity_is_listed_once()
    {
        var edited = Record();
        edited["text"] = Text + " ";
        Assert.Contains(Validator.Validate(edited.ToJsonString()), v => v.Path == "/id");
        var twice = Record();
        twice["entities"]!.AsArray().Add(twice["entities"]![0]!.DeepClone());
        Assert.Equal("/entities/3/id", Assert.Single(Validator.Validate(twice.ToJsonString())).Path);
    }

    [Fact]
    public void Text_that_is_not_json_is_one_violation_of_the_whole_record()
    {
        var violation = Assert.Single(Validator.Validate("{\"schema\": 1,"));
        Assert.Equal("/", violation.Path);
        Assert.StartsWith("not JSON", violation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_knows_every_country_of_the_gazetteer_and_every_currency_of_the_units()
    {
        foreach (var code in TestPaths.Knowledge.Gazetteer.Entries.Where(e => e.Type == Rasd.Data.EntityType.Country).Select(e => e.Id))
        {
            var record = Record();
            record["entities"]![1]!["id"] = code;
            Assert.Empty(Validator.Validate(record.ToJsonString()));
        }
        var units = Rasd.Data.DataFile.Read<Rasd.Data.UnitLexicon.UnitFile>(Rasd.Data.DataDirectory.Locate(), "lexicons/units.json");
        foreach (var currency in units.Currencies.Select(c => c.Code))
        {
            var record = Record();
            record["amounts"]![0]!["unit"] = currency;
            Assert.Empty(Validator.Validate(record.ToJsonString()));
        }
    }

    /// <summary>A record of <see cref="Text"/> that keeps every rule, spans computed from the text.</summary>
    private static JsonObject Record()
    {
        JsonObject Span(string part, string key = "text")
        {
            var start = Text.IndexOf(part, StringComparison.Ordinal);
            Assert.True(start >= 0, part);
            return new JsonObject { ["start"] = start, ["end"] = start + part.Length, [key] = part };
        }
        JsonObject Evidence() => new() { ["start"] = 0, ["end"] = Text.Length };
        JsonObject With(JsonObject span, params (string Key, JsonNode? Value)[] fields)
        {
            var result = new JsonObject();
            foreach (var (key, value) in fields)
            {
                result[key] = value;
            }
            foreach (var (key, value) in span)
            {
                result[key] = value?.DeepClone();
            }
            return result;
        }
        return new JsonObject
        {
            ["schema"] = 1,
            ["id"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))),
            ["file"] = "test.txt",
            ["title"] = null,
            ["published"] = "2024-10-16",
            ["language"] = "ar",
            ["publisher"] = null,
            ["sources"] = new JsonArray(),
            ["body"] = new JsonObject { ["start"] = 0, ["end"] = Text.Length },
            ["entities"] = new JsonArray(
                Entity("person:kassym-jomart-tokayev", "person", "قاسم جومارت توكاييف", "Kassym-Jomart Tokayev", Span("قاسم توكاييف"), "الرئيس الكازاخي"),
                Entity("country:RU", "country", "روسيا", "Russia", Span("روسيا")),
                Entity("city:astana", "city", "أستانا", "Astana", Span("أستانا"))),
            ["quotes"] = new JsonArray(With(Span("التجارة مع روسيا بلغت 4 مليارات دولار في 2024"), ("speaker", "person:kassym-jomart-tokayev"), ("speaker_text", "قاسم توكاييف"), ("kind", "indirect"))),
            ["amounts"] = new JsonArray(With(Span("4 مليارات دولار"), ("value", 4e9), ("unit", "USD"), ("qualifier", "exact"))),
            ["times"] = new JsonArray(With(Span("2024"), ("value", "2024"), ("grain", "year"))),
            ["relations"] = new JsonArray(new JsonObject
            {
                ["a"] = "country:KZ", ["b"] = "country:RU", ["topics"] = new JsonArray("trade"), ["tone"] = 0.3, ["evidence"] = new JsonArray(Evidence()),
            }),
            ["pipeline_version"] = "test",
            ["text"] = Text,
        };
    }

    private static JsonObject Entity(string id, string type, string name, string nameEn, JsonObject mention, params string[] roles) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["name"] = name,
        ["name_en"] = nameEn,
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()),
        ["mentions"] = new JsonArray(mention),
        ["confidence"] = 1.0,
    };

    private static void Set(JsonObject record, string pointer, JsonNode? value)
    {
        var steps = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode node = record;
        foreach (var step in steps[..^1])
        {
            node = int.TryParse(step, out var i) ? node[i]! : node[step]!;
        }
        if (int.TryParse(steps[^1], out var index))
        {
            node[index] = value;
        }
        else
        {
            node[steps[^1]] = value;
        }
    }
}
