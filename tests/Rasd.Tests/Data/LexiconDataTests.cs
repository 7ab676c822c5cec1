using Rasd.Data;
using Rasd.Text;

namespace Rasd.Tests.Data;

/// <summary>Every lexicon loads and holds the entries the stages rely on.</summary>
public sealed class LexiconDataTests
{
    private static readonly KnowledgeBase Knowledge = TestPaths.Knowledge;

    [Fact]
    public void Both_month_series_and_their_spellings_are_known()
    {
        var months = Knowledge.Calendar.MonthNames;
        foreach (var (name, number) in new[] { ("يناير", 1), ("كانون الثاني", 1), ("فبراير", 2), ("شباط", 2), ("أبريل", 4), ("إبريل", 4), ("نيسان", 4), ("يوليو", 7), ("تموز", 7), ("أغسطس", 8), ("آب", 8), ("أكتوبر", 10), ("تشرين الأول", 10), ("ديسمبر", 12), ("كانون الأول", 12) })
        {
            Assert.Equal(number, months[ArabicNormalizer.Fold(name)]);
        }
        Assert.Equal(7, Knowledge.Calendar.Weekdays.Values.Distinct().Count());
    }

    [Fact]
    public void Number_words_scales_and_vague_quantities_are_known()
    {
        Assert.Equal(7, Knowledge.Numbers.Units[ArabicNormalizer.Fold("سبع")]);
        Assert.Equal(20, Knowledge.Numbers.Units[ArabicNormalizer.Fold("عشرين")]);
        Assert.Equal(1e9, Knowledge.Numbers.Scales[ArabicNormalizer.Fold("مليارات")]);
        Assert.Contains(ArabicNormalizer.Fold("عشرات"), Knowledge.Numbers.Vague);
    }

    [Fact]
    public void Units_map_currencies_to_iso_4217_and_counted_nouns_to_english()
    {
        Assert.Equal("USD", Unit("دولار"));
        Assert.Equal("RUB", Unit("روبل"));
        Assert.Equal("KZT", Unit("تنغي"));
        Assert.Equal("companies", Counted("شركة"));
        Assert.Equal("agreements", Unit("مشروع اتفاقية"));
        Assert.Equal("percent", Unit("بالمائة"));
        Assert.Equal("times", Unit("أضعاف"));
    }

    [Fact]
    public void Qualifiers_reporting_verbs_roles_topics_and_tone_load()
    {
        Assert.Equal("about", Knowledge.Qualifiers.Before[ArabicNormalizer.Fold("حوالي")]);
        Assert.Equal("over", Knowledge.Qualifiers.Before[ArabicNormalizer.Fold("أكثر من")]);
        foreach (var verb in new[] { "قال", "أكد", "أضاف", "أشار", "أوضح", "صرح", "شدد", "لفت", "تابع", "اختتم", "كتب", "أعرب", "أعلن", "تساءل" })
        {
            Assert.Contains(ArabicNormalizer.Fold(verb), Knowledge.Reporting.Verbs.Keys);
        }
        Assert.Contains(ArabicNormalizer.Fold("قائلا"), Knowledge.Reporting.Participles.Keys);
        Assert.True(Knowledge.Roles.Phrases.Count >= 50);
        Assert.True(Knowledge.Topics.Cues.Count >= 12 * 15);
        Assert.True(Knowledge.Tone.Cues.Count >= 100);
        Assert.Contains(ArabicNormalizer.Fold("لا"), Knowledge.Tone.Negators);
    }

    [Fact]
    public void Tone_weights_stay_in_range_and_follow_the_goldstein_sign()
    {
        var normalized = ArabicNormalizer.Fold("تعاون عقوبات");
        var tokens = Tokenizer.Tokenize(normalized);
        Assert.True(Knowledge.Tone.Cues.LongestAt(normalized, tokens, 0)!.Values[0].Weight > 0);
        Assert.True(Knowledge.Tone.Cues.LongestAt(normalized, tokens, 1)!.Values[0].Weight < 0);
    }

    [Theory]
    [InlineData("دبلوماسيا", "diplomats")]
    [InlineData("ديبلوماسيين", "diplomats")]
    [InlineData("دبلوماسيات", "diplomats")]
    [InlineData("عسكريا", "troops")]
    [InlineData("قطعة بحرية", "ships")]
    [InlineData("قطع بحرية", "ships")]
    [InlineData("ألوية", "brigades")]
    [InlineData("قواعد جوية", "airbases")]
    [InlineData("ساحات تدريب", "ranges")]
    [InlineData("نواب", "lawmakers")]
    [InlineData("اجتماعا", "meetings")]
    [InlineData("جمهوريات", "republics")]
    [InlineData("قنصليات", "consulates")]
    [InlineData("خيارات", "options")]
    [InlineData("مشتبه بهم", "suspects")]
    [InlineData("مستشفيات", "hospitals")]
    [InlineData("مذكرتي تفاهم", "agreements")]
    [InlineData("طائرات بدون طيار", "drones")]
    [InlineData("روسي", "people")]
    [InlineData("فلسطينيين", "people")]
    [InlineData("أكراد", "people")]
    public void Counted_nouns_map_every_generated_form_to_an_english_unit(string form, string unit) =>
        Assert.Equal(unit, Counted(form));

    [Theory]
    [InlineData("سنة")]
    [InlineData("عاما")]
    [InlineData("أشهر")]
    [InlineData("يوما")]
    [InlineData("ساعات")]
    [InlineData("أسابيع")]
    [InlineData("عقود")]
    [InlineData("روسيا")]
    [InlineData("سوريا")]
    [InlineData("العالم")]
    [InlineData("عالم")]
    [InlineData("مزارع")]
    public void Durations_country_names_and_ambiguous_forms_are_not_counted_nouns(string form) =>
        Assert.Null(Counted(form));

    [Fact]
    public void The_counted_noun_lexicon_covers_the_domains_of_international_news()
    {
        var file = DataFile.Read<CountedNounLexicon.CountedNounFile>(Knowledge.Directory, "lexicons/counted-nouns.json");
        Assert.True(file.Domains.Values.Sum(d => d.Count) >= 400, "several hundred counted nouns");
        foreach (var domain in new[] { "persons", "military", "diplomacy_and_politics", "institutions", "economy", "places", "events", "documents", "measures" })
        {
            Assert.True(file.Domains.TryGetValue(domain, out var entries) && entries.Count >= 10, $"domain {domain} has too few nouns");
        }
        foreach (var entry in file.Domains.Values.SelectMany(d => d))
        {
            Assert.Matches("^[a-z][a-z ]*[a-z]$", entry.Unit);
            Assert.True((entry.Singular?.Count ?? 0) + (entry.Plural?.Count ?? 0) + (entry.Forms?.Count ?? 0) > 0, $"{entry.Unit}: an entry without forms");
            Assert.True(entry.Sound is null or "masculine" or "feminine", $"{entry.Unit}: sound is masculine or feminine");
            Assert.False(entry.Sound is not null && entry.Singular?.Any(s => s.Contains(' ')) == true, $"{entry.Unit}: sound plurals are generated for single words only");
        }
    }

    [Fact]
    public void Every_counted_form_names_one_unit_and_no_number_or_duration()
    {
        var lexicon = Knowledge.CountedNouns;
        var clashes = lexicon.Forms.Where(f => f.Value.Select(r => r.Unit).Distinct().Count() > 1).Select(f => f.Key).ToList();
        Assert.True(clashes.Count == 0, "forms with two units: " + string.Join(", ", clashes));
        var numbers = Knowledge.Numbers.Units.Keys.Concat(Knowledge.Numbers.Scales.Keys).Concat(Knowledge.Numbers.Vague).ToHashSet(StringComparer.Ordinal);
        var durations = new[] { "سنة", "سنوات", "سنه", "عام", "عاما", "أعوام", "شهر", "أشهر", "شهرا", "يوم", "يوما", "أيام", "أسبوع", "أسابيع", "ساعة", "ساعات", "دقيقة", "دقائق", "عقد", "عقود", "قرن", "قرون" }
            .Select(ArabicNormalizer.Fold);
        Assert.DoesNotContain(lexicon.Forms.Keys, numbers.Contains);
        Assert.DoesNotContain(durations, lexicon.Forms.ContainsKey);
        Assert.True(lexicon.Forms.Count >= 4000, "forms are generated systematically");
    }

    private static string? Counted(string phrase)
    {
        var normalized = ArabicNormalizer.Fold(phrase);
        var tokens = Tokenizer.Tokenize(normalized);
        var match = Knowledge.CountedNouns.Indefinite.LongestAt(normalized, tokens, 0);
        return match is not null && match.TokenEnd == tokens.Count ? match.Values[0].Unit : null;
    }

    private static string? Unit(string phrase)
    {
        var normalized = ArabicNormalizer.Fold(phrase);
        var tokens = Tokenizer.Tokenize(normalized);
        var match = Knowledge.Units.Phrases.LongestAt(normalized, tokens, 0);
        return match is not null && match.TokenEnd == tokens.Count ? match.Values[0] : null;
    }

    [Theory]
    [InlineData("التقى", InteractionKind.Reciprocal)]
    [InlineData("يلتقيان", InteractionKind.Reciprocal)]
    [InlineData("سيلتقي", InteractionKind.Reciprocal)]
    [InlineData("مباحثات", InteractionKind.Reciprocal)]
    [InlineData("والاتفاقية", InteractionKind.Reciprocal)]
    [InlineData("نظيريه", InteractionKind.Reciprocal)]
    [InlineData("زيارته", InteractionKind.Directed)]
    [InlineData("لزيارتها", InteractionKind.Directed)]
    [InlineData("العقوبات", InteractionKind.Directed)]
    [InlineData("ستفرض", InteractionKind.Directed)]
    [InlineData("طردت", InteractionKind.Directed)]
    [InlineData("ضد", InteractionKind.Directed)]
    [InlineData("مذكرة تفاهم", InteractionKind.Reciprocal)]
    public void Interaction_cues_are_read_in_their_forms_with_their_argument_structure(string text, InteractionKind kind)
    {
        var normalized = ArabicNormalizer.Fold(text);
        var tokens = Tokenizer.Tokenize(normalized);
        var found = Knowledge.Interactions.At(normalized, tokens, 0);
        Assert.NotNull(found);
        Assert.Equal(tokens.Count, found.Value.End);
        Assert.Equal(kind, found.Value.Cue.Kind);
    }

    [Theory]
    [InlineData("قال")]
    [InlineData("أكد")]
    [InlineData("الطقس")]
    [InlineData("منظمة")]
    public void Statements_and_plain_words_are_no_interaction_cues(string text)
    {
        var normalized = ArabicNormalizer.Fold(text);
        Assert.Null(Knowledge.Interactions.At(normalized, Tokenizer.Tokenize(normalized), 0));
    }

    [Fact]
    public void Interaction_cues_carry_cameo_roots_and_cover_the_event_families()
    {
        var file = DataFile.Read<InteractionLexicon.InteractionFile>(Knowledge.Directory, "lexicons/interactions.json");
        Assert.True(file.Cues.Count >= 60, $"{file.Cues.Count} lemmas");
        Assert.All(file.Cues, c => Assert.Matches("^[0-2][0-9]{2}$", c.Cameo));
        Assert.All(file.Cues, c => Assert.Contains(c.Kind, new[] { "reciprocal", "directed" }));
        var forms = file.Cues.SelectMany(c => c.Forms.Concat(c.Nouns)).Select(ArabicNormalizer.Fold).ToList();
        Assert.Equal(forms.Count, forms.Distinct().Count());
        foreach (var lemma in new[] { "التقى", "زار", "اتصل", "اتفق", "تجارة", "مساعدة", "حرب", "عقوبات", "هجوم", "طرد", "محادثات" })
        {
            Assert.Contains(file.Cues, c => c.Lemma == lemma);
        }
    }

    [Fact]
    public void Relation_words_know_venues_topics_lists_members_and_state_agents()
    {
        var words = Knowledge.Relations;
        Assert.Contains(ArabicNormalizer.Fold("في"), words.VenuePrepositions);
        Assert.Contains(ArabicNormalizer.Fold("العاصمة"), words.PlaceNouns);
        Assert.Contains(ArabicNormalizer.Fold("السفارة"), words.PartyHeads);
        Assert.Contains(ArabicNormalizer.Fold("الأزمة"), words.TopicHeads);
        Assert.Contains(ArabicNormalizer.Fold("يضم"), words.Membership);
        Assert.Contains(ArabicNormalizer.Fold("بين"), words.Between);
        Assert.Contains(ArabicNormalizer.Fold("الدبلوماسيين"), words.AgentNouns);
        Assert.Contains(ArabicNormalizer.Fold("المدرب"), words.NotPartyHeads);
        Assert.Contains("city:brussels", words.InstitutionSeats);
        Assert.Equal("RU", words.PeoplePlurals[ArabicNormalizer.Fold("الروس")]);
        Assert.Empty(words.PlaceNouns.Intersect(words.PartyHeads));
        Assert.Empty(words.TopicHeads.Intersect(words.PartyHeads));
    }
}
