using Rasd.Data;

namespace Rasd.Tests.Data;

/// <summary>The inflection rules that turn one counted-noun entry into the forms a number governs.</summary>
public sealed class CountedNounFormsTests
{
    [Theory]
    [InlineData("دبلوماسي", "دبلوماسيا")]
    [InlineData("اجتماع", "اجتماعا")]
    [InlineData("عضو", "عضوا")]
    [InlineData("لاجئ", "لاجئا")]
    [InlineData("شركة", "شركة")]
    [InlineData("مستشفى", "مستشفى")]
    [InlineData("إجراء", "إجراء")]
    [InlineData("كاميرا", "كاميرا")]
    public void The_accusative_of_tamyiz_writes_tanwin_fath_as_alif_where_spelling_does(string singular, string accusative) =>
        Assert.Equal(accusative, CountedNounForms.Accusative(singular));

    [Theory]
    [InlineData("دولة", "دولتان", "دولتين")]
    [InlineData("مستشفى", "مستشفيان", "مستشفيين")]
    [InlineData("صاروخ", "صاروخان", "صاروخين")]
    public void Duals_take_an_and_ayn_after_the_ta_of_a_feminine(string singular, string nominative, string genitive) =>
        Assert.Equal((nominative, genitive), CountedNounForms.Dual(singular));

    [Theory]
    [InlineData("جمهورية", "جمهوريات")]
    [InlineData("مستشفى", "مستشفيات")]
    [InlineData("اجتماع", "اجتماعات")]
    public void Sound_feminine_plurals_replace_the_ta_or_add_at(string singular, string plural) =>
        Assert.Equal(plural, CountedNounForms.SoundFeminine(singular));

    [Theory]
    [InlineData("قواعد جوية", false, "القواعد الجوية")]
    [InlineData("طائرات بدون طيار", false, "الطائرات بدون طيار")]
    [InlineData("ساحات تدريب", true, "ساحات التدريب")]
    public void The_article_goes_on_every_agreeing_word_or_on_the_genitive_of_a_construct(string form, bool construct, string definite) =>
        Assert.Equal(definite, CountedNounForms.WithArticle(form, construct));

    [Fact]
    public void An_entry_yields_singular_accusative_dual_plural_feminine_and_definite_forms()
    {
        var entry = new CountedNounLexicon.Entry("diplomats", ["دبلوماسي"], null, "masculine", Feminine: true, Construct: false, null, null);
        var forms = CountedNounForms.Of(entry).ToList();
        var indefinite = forms.Where(f => !f.Definite).Select(f => (f.Form, f.Number)).ToList();
        Assert.Contains(("دبلوماسي", GrammaticalNumber.Singular), indefinite);
        Assert.Contains(("دبلوماسيا", GrammaticalNumber.Singular), indefinite);
        Assert.Contains(("دبلوماسيان", GrammaticalNumber.Dual), indefinite);
        Assert.Contains(("دبلوماسيون", GrammaticalNumber.Plural), indefinite);
        Assert.Contains(("دبلوماسيين", GrammaticalNumber.Plural), indefinite);
        Assert.Contains(("دبلوماسية", GrammaticalNumber.Singular), indefinite);
        Assert.Contains(("دبلوماسيات", GrammaticalNumber.Plural), indefinite);
        Assert.Contains(forms, f => f is { Form: "الدبلوماسيين", Number: GrammaticalNumber.Plural, Definite: true });
    }

    [Fact]
    public void A_noun_adjective_phrase_agrees_word_by_word_and_a_construct_declines_its_head_only()
    {
        var phrase = new CountedNounLexicon.Entry("missiles", ["صاروخ باليستي"], ["صواريخ باليستية"], null, false, false, null, null);
        var phraseForms = CountedNounForms.Of(phrase).Select(f => f.Form).ToList();
        Assert.Contains("صاروخا باليستيا", phraseForms);
        Assert.Contains("صاروخان باليستيان", phraseForms);
        Assert.Contains("الصواريخ الباليستية", phraseForms);

        var construct = new CountedNounLexicon.Entry("agreements", ["مذكرة تفاهم"], ["مذكرات تفاهم"], null, false, Construct: true, null, null);
        var constructForms = CountedNounForms.Of(construct).Select(f => f.Form).ToList();
        Assert.Contains("مذكرتا تفاهم", constructForms);
        Assert.Contains("مذكرتي تفاهم", constructForms);
        Assert.Contains("مذكرات التفاهم", constructForms);
        Assert.DoesNotContain("مذكرة تفاهما", constructForms);
    }
}
