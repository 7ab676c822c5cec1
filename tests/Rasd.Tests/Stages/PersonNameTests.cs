using Rasd.Records;

namespace Rasd.Tests.Stages;

/// <summary>Persons no data file knows, read from the context that announces them: a title before the name, or a known given name.</summary>
public sealed class PersonNameTests
{
    private const string Lead = "أنباء من العاصمة\n\n";

    private static AnalysisRecord Record(string body) => Analysis.Record(Lead + body, "2023-05-10");

    private static IEnumerable<EntityRecord> Persons(string body) => Record(body).Entities.Where(e => e.Type == "person");

    [Theory]
    [InlineData("فقد قتلوا عثمان رضي الله عنه وهو يقرأ القرآن.")]
    [InlineData("وروى الشيخ سعيد بن مسفر رحمه الله أن المسجد بني قبل قرن.")]
    [InlineData("وكتب المؤرخ إبراهيم الشمري رحمه الله عن المعركة.")]
    public void A_pious_formula_after_a_name_is_no_part_of_it(string body) =>
        Assert.DoesNotContain(Persons(body).SelectMany(p => p.Mentions), m => m.Text.Contains("رضي", StringComparison.Ordinal) || m.Text.Contains("رحمه", StringComparison.Ordinal));

    [Fact]
    public void The_son_of_in_a_name_is_no_short_form_of_the_person_named_with_it()
    {
        var persons = Persons("وروى الشيخ سعيد بن مسفر أن المسجد بني قبل قرن.\nويروى أن علي بن أبي طالب قال ذلك.").ToList();
        Assert.DoesNotContain(persons.SelectMany(p => p.Mentions), m => m.Text == "بن");
    }

    [Fact]
    public void A_title_announces_an_unknown_name_set_off_by_commas()
    {
        var record = Record("أعلن نائب وزير الدفاع الأوكراني، ستانيسلاف كوروليف، أن بلاده ستعزز حدودها.\nوأكد كوروليف أن الجيش مستعد.");
        var person = Assert.Single(record.Entities, e => e.Id == "person:ar:ستانيسلاف-كوروليف");
        Assert.Equal(["ستانيسلاف كوروليف", "كوروليف"], person.Mentions.Select(m => m.Text));
        Assert.Contains(person.Roles, r => r.StartsWith("نائب وزير الدفاع", StringComparison.Ordinal));
        Assert.All(record.Quotes, q => Assert.Equal(person.Id, q.Speaker));
        Assert.Equal(2, record.Quotes.Count);
    }

    [Fact]
    public void A_title_then_a_place_then_an_unknown_name()
    {
        var person = Assert.Single(Persons("وقال السفير البريطاني في موسكو تيموثي كاربنتر إن الحوار ضروري."));
        Assert.Equal("person:ar:تيموثي-كاربنتر", person.Id);
    }

    [Fact]
    public void A_definite_title_alone_refers_back_to_the_person_it_introduced()
    {
        var record = Record("وقال نائب وزير الدفاع الأوكراني ستانيسلاف كوروليف إن الوضع هادئ.\nوأضاف نائب وزير الدفاع أن التدريبات ستستمر.");
        Assert.Equal(2, record.Quotes.Count);
        Assert.All(record.Quotes, q => Assert.Equal("person:ar:ستانيسلاف-كوروليف", q.Speaker));
    }

    [Fact]
    public void A_known_given_name_starts_a_person_whatever_the_tagger_made_of_it()
    {
        var person = Assert.Single(Persons("وقال عضو مجلس الاتحاد فلاديمير ميدفيتسكي إن موسكو سترد بالمثل."));
        Assert.Equal("person:ar:فلاديمير-ميدفيتسكي", person.Id);
    }

    [Fact]
    public void A_given_name_that_contradicts_a_known_persons_blocks_the_surname_match()
    {
        var persons = Persons("وقال السيناتور الروسي فلاديمير جباروف إن موسكو سترد بالمثل.").ToList();
        Assert.DoesNotContain(persons, p => p.Id == "person:sadyr-japarov");
        Assert.Contains(persons, p => p.Mentions.Any(m => m.Text == "فلاديمير جباروف"));
    }

    [Theory]
    [InlineData("وقررت النيابة توقيف المتهمين الثلاثة على ذمة التحقيق.", "person:kassym-jomart-tokayev")]
    [InlineData("وأعلنت الشركة عن أرباحها السنوية أمس.", "city:sharjah")]
    [InlineData("وحضر اللقاء أحمد علي ومحمد عبد الكريم وآخرون.", "person:mahmoud-abbas")]
    [InlineData("وغنى الفنان رامي العلي في الحفل أغنية جديدة.", "city:ramallah")]
    [InlineData("وقال روبرت، في حديث للصحفيين، إن المباراة صعبة.", "person:robert-fico")]
    [InlineData("وغاب عن المباراة المدافع ماتس هوملز بسبب الإصابة.", "person:james-mattis")]
    [InlineData("ووصل كارتر إلى أربيل في زيارة غير معلنة.", "country:ER")]
    [InlineData("وعرض المهرجان فيلما للمخرج كريستوف هونوري.", "city:honiara")]
    public void A_near_spelling_needs_words_that_can_be_the_name(string body, string known) =>
        Assert.DoesNotContain(Record(body).Entities, e => e.Id == known);

    [Theory]
    [InlineData("وقال إيمانويل مارسيني، محامي رمضان، إن السجن لا يلبي احتياجاته.", "person:emmanuel-macron")]
    [InlineData("وسجل ماركو رويس هدف الفوز في الدقيقة الأخيرة.", "person:marco-rubio")]
    [InlineData("وأشاد المدرب بأداء راموس في المباراة.", "person:sergei-rumas")]
    [InlineData("ووصلت ميلانيا ترامب إلى القاهرة، وقالت ميلانيا إنها سعيدة بالزيارة.", "city:milan")]
    public void A_name_real_news_writes_its_own_way_is_no_near_spelling_of_another(string body, string known) =>
        Assert.DoesNotContain(Record(body).Entities, e => e.Id == known);

    [Theory]
    [InlineData("وتوجه الوفد إلى مدينة هاشم الشيخ أمس.", "city:sharm-el-sheikh")]
    [InlineData("وقال المدير ياري مينا إن التقرير جاهز.", "person:yukiya-amano")]
    [InlineData("وقال المسؤول لشركة الكهرباء إن الأعطال كثيرة.", "city:sharjah")]
    public void A_near_spelling_of_several_words_is_near_word_by_word(string body, string known) =>
        Assert.DoesNotContain(Record(body).Entities, e => e.Id == known);

    [Fact]
    public void A_near_spelling_near_word_by_word_is_still_the_known_name() =>
        Assert.Contains(Record("وقال الرئيس الكوري الشمالي كيم جون أون إن بلاده مستعدة.").Entities, e => e.Id == "person:kim-jong-un");

    [Theory]
    [InlineData("ويؤكد ذلك نظرية عالم الاجتماع الفرنسي بيير بورديو حول الذوق.", "person:francois-bayrou")]
    [InlineData("وقال المدرب بير إن الفريق جاهز للمباراة.", "person:francois-bayrou")]
    public void A_word_whose_skeleton_is_two_consonants_is_no_near_spelling_of_a_known_surname(string body, string known) =>
        Assert.DoesNotContain(Persons(body), e => e.Id == known);

    [Theory]
    [InlineData("وأعلن وزير الخارجية الروسي عزمه زيارة المنطقة الشهر المقبل.")]
    [InlineData("وقال الرئيس الروسي خلال لقائه بالصحفيين إن العمل مستمر.")]
    [InlineData("وشدد وزير الدفاع الفرنسي على ضرورة الحوار.")]
    [InlineData("وفرضت واشنطن عقوبات على موسكو وعلى لندن أيضا.")]
    [InlineData("وأكد بأن روسيا لن تتراجع عن موقفها.")]
    public void Common_words_after_a_title_or_a_folded_given_name_are_not_a_person(string body) =>
        Assert.DoesNotContain(Persons(body), p => p.Id.StartsWith("person:ar:", StringComparison.Ordinal));

    [Fact]
    public void A_parenthesized_body_between_a_title_and_its_name_does_not_separate_them()
    {
        var record = Record("وقالت ماريا زاخاروفا إن الأبواب تبقى مفتوحة أمام الوسطاء.\nوأوضح المتحدث باسم الحكومة الروسية (الكرملين)، ديمتري بيسكوف، أن موسكو سترد.");
        Assert.Equal("person:dmitry-peskov", record.Quotes[^1].Speaker);
    }

    [Fact]
    public void A_title_serving_an_international_body_never_stands_for_a_states_official()
    {
        var record = Record("وقالت ماريا زاخاروفا إن الأبواب تبقى مفتوحة أمام الوسطاء.\nورأى المتحدث باسم حلف شمال الأطلسي أن المناورات المقبلة ذات طابع دفاعي.");
        Assert.Equal("org:nato", record.Quotes[^1].Speaker);
    }

    [Fact]
    public void A_feminine_reference_never_stands_for_a_man_the_article_titled()
    {
        var record = Record("وقال الرئيس الإيراني حسن روحاني إن بلاده ملتزمة بالاتفاق.\nوقالت المسؤولة الإيرانية إن المفاوضات مستمرة.");
        Assert.NotEqual("person:hassan-rouhani", record.Quotes[^1].Speaker);
    }

    [Fact]
    public void A_word_real_news_uses_as_a_persons_name_is_no_near_spelling_of_a_place() =>
        Assert.DoesNotContain(Record("وقال المتحدث ديلان ريتشاردز إن الأمر قيد الدرس.").Entities, e => e.Type == "city");

    [Fact]
    public void An_unknown_name_right_after_a_reporting_verb_and_closed_by_a_title_is_the_speaker()
    {
        var record = Record("وقالت كلارا فينسترهولم أستاذة العلوم السياسية في جامعة أوسلو إن الحوار ممكن.");
        Assert.Equal("person:ar:كلارا-فينسترهولم", Assert.Single(record.Quotes).Speaker);
    }

    [Fact]
    public void Any_word_of_a_full_name_the_article_gave_refers_back_to_that_person()
    {
        var record = Record("وصل الرئيس الصيني شي جينبينغ إلى موسكو.\nوقال شي إن العلاقات بين البلدين في أفضل حالاتها.");
        Assert.Equal("person:xi-jinping", Assert.Single(record.Quotes).Speaker);
    }

    [Fact]
    public void A_person_opening_a_sentence_is_continued_by_a_cue_without_a_subject()
    {
        var record = Record("وتحدث سيرغي لافروف في افتتاح المنتدى أمام الصحفيين.\nوأكد أن الشراكة بين البلدين ستتعزز في العام المقبل.");
        Assert.Equal("person:sergey-lavrov", Assert.Single(record.Quotes).Speaker);
    }

    [Fact]
    public void Before_a_title_a_speaker_s_name_may_be_made_of_words_the_corpus_seldom_sees_as_names()
    {
        var record = Record("وقالت صفاء نسيم المسؤولة في وزارة الاقتصاد إن الاتفاق سيوقع قريبا.");
        Assert.Equal("person:ar:صفاء-نسيم", Assert.Single(record.Quotes).Speaker);
    }

    [Fact]
    public void Frequent_common_words_before_a_title_are_no_name() =>
        Assert.DoesNotContain(Persons("وشرح تداعيات قرار الرئيس أمام أعضاء البرلمان أمس."), p => p.Id.Contains("تداعيات", StringComparison.Ordinal));

    [Fact]
    public void A_private_role_gives_no_state_and_its_noun_refers_back_to_the_person()
    {
        var record = Record("ولاحظت كلارا فينسترهولم الخبيرة في الشؤون الروسية أن الحوار ممكن.\nوأضافت الخبيرة أن الطرفين يحتاجان إلى وقت.");
        Assert.Equal(2, record.Quotes.Count);
        Assert.All(record.Quotes, q => Assert.Equal("person:ar:كلارا-فينسترهولم", q.Speaker));
        Assert.Empty(record.Relations);
    }

    [Fact]
    public void An_unknown_name_with_a_proclitic_glued_to_it_is_the_name_the_article_gives_bare()
    {
        var record = Record("ولاحظت كلارا فينسترهولم الخبيرة في الشؤون الروسية أن الحوار ممكن.\nوأشاد وزير الخارجية بكلارا فينسترهولم في كلمته أمام البرلمان.");
        var person = Assert.Single(record.Entities, e => e.Type == "person");
        Assert.Equal("person:ar:كلارا-فينسترهولم", person.Id);
        Assert.DoesNotContain(person.Mentions, m => m.Text.StartsWith("بكلارا", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وأكد المدرب أن اللاعبين ناصر الشمراني وسالم الدوسري في التشكيلة الأساسية.", "person:ar:ناصر-الشمراني", "person:ar:سالم-الدوسري")]
    [InlineData("وأشاد الرئيس بجهود الوزيرين عبدالمجيد حدادي وحمود السبيعي في الملف.", "person:ar:عبدالمجيد-حدادي", "person:ar:حمود-السبيعي")]
    [InlineData("وحضر المؤتمر الصحفي اللاعبان أحمد الصالح وعوض خميس.", "person:ar:احمد-الصالح", "person:ar:عوض-خميس")]
    [InlineData("وتحدثت المخرجة نادين لبكي عن فيلمها. والفيلم من كتابة لبكي وجهاد حجيلي.", "person:ar:نادين-لبكي", "person:ar:جهاد-حجيلي")]
    public void And_before_a_second_name_ends_the_first(string body, string first, string second) =>
        Assert.Equal([first, second], Persons(body).Select(p => p.Id));

    [Theory]
    [InlineData("وقال الرئيس الكازاخستاني قاسم جومارت توكاييف إن العلاقات جيدة.", "person:kassym-jomart-tokayev")]
    [InlineData("وصرح الوزير القرغيزي تالانت موراتالييف بأن الاتفاق سيوقع قريبا.", "person:ar:تالانت-موراتالييف")]
    [InlineData("وقالت الباحثة الأوزبكية غولنارا توختاسينوفا إن المحادثات مثمرة.", "person:ar:غولنارا-توختاسينوفا")]
    public void A_state_adjective_after_a_title_is_never_the_start_of_the_name(string body, string id)
    {
        var person = Assert.Single(Persons(body));
        Assert.Equal(id, person.Id);
        Assert.DoesNotContain(person.Mentions, m => m.Text.StartsWith("ال", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_runs_up_to_a_known_outlet_or_organization_after_it()
    {
        var record = Record("وقال المراسل مارتن فيلدمان بي بي سي إن الوضع متوتر.");
        Assert.Contains(record.Entities, e => e.Id == "person:ar:مارتن-فيلدمان");
        Assert.Contains(record.Entities, e => e.Id == "agency:bbc");
    }

    [Fact]
    public void A_surname_s_last_part_written_apart_stays_in_the_name()
    {
        var record = Record("وقال وزير الزراعة فرهاد رستمي زاده للصحافيين إن المحصول تضاعف.");
        Assert.Contains(record.Entities, e => e.Type == "person" && e.Id.EndsWith("زاده", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال المهندس علي الدبيسي إن المشروع سينتهي العام المقبل.", "person:ar:علي-الدبيسي")]
    [InlineData("وقال علي الجريدان، مدير المدرسة، إن الدراسة ستبدأ الأحد.", "person:ar:علي-الجريدان")]
    [InlineData("وشارك في الندوة الدكتور علي حسن المطيري.", "person:ar:علي-حسن-المطيري")]
    [InlineData("وأكد محمد علي الشبلاوي أن الأسعار مستقرة.", "person:ar:محمد-علي-الشبلاوي")]
    public void The_name_written_with_a_yeh_is_no_preposition_that_folds_onto_it(string body, string id) =>
        Assert.Contains(Persons(body), p => p.Id == id);

    [Theory]
    [InlineData("وحصل الفريق علي كافة النقاط في الجولة.")]
    [InlineData("وأكد الوزير علي ضرورة الحوار علي الرغم من الخلافات.")]
    [InlineData("وعثرت الشرطة علي كميات من المواد المخدرة.")]
    [InlineData("وهذا تغيير فعلي ديمقراطي في البلاد.")]
    [InlineData("وفرضت واشنطن عقوبات جديدة علي إيران أمس.")]
    public void The_preposition_written_with_a_yeh_opens_no_name(string body) =>
        Assert.DoesNotContain(Persons(body), p => p.Id.StartsWith("person:ar:علي", StringComparison.Ordinal));

    [Fact]
    public void And_before_a_name_written_with_a_yeh_starts_the_next_person()
    {
        var ids = Persons("وضمت القائمة المهاجمين سامي الحمدان وعلي الفرحان.").Select(p => p.Id).ToList();
        Assert.DoesNotContain(ids, id => id.Contains("وعلي", StringComparison.Ordinal));
        Assert.Contains("person:ar:علي-الفرحان", ids);
    }

    [Fact]
    public void And_before_an_ordinary_word_ends_a_name_read_from_its_given_name()
    {
        var ids = Persons("وزار الوفد حي بني علي ومعهد التدريب المهني.").Select(p => p.Id).ToList();
        Assert.DoesNotContain(ids, id => id.Contains("معهد", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال المتحدث سامي الفرحان إن الطريق مفتوح.", "person:ar:سامي-الفرحان")]
    [InlineData("وأعلن رئيس البلدية فهد الشمراني افتتاح الحديقة.", "person:ar:فهد-الشمراني")]
    public void A_rare_word_with_the_article_after_a_given_name_is_the_surname(string body, string id) =>
        Assert.Contains(Persons(body), p => p.Id == id);

    [Fact]
    public void A_plural_of_people_after_a_given_name_is_no_surname() =>
        Assert.DoesNotContain(Persons("وفي الأغنية يحيي الإيزيديون أبطالهم."), p => p.Id.Contains("الايزيديون", StringComparison.Ordinal));

    [Fact]
    public void A_given_name_s_person_runs_on_through_the_surname_the_tagger_reads()
    {
        var ids = Persons("وأوضح المتحدث علي بن سالم الحربي أن الحريق أخمد.").Select(p => p.Id).ToList();
        Assert.Contains("person:ar:علي-بن-سالم-الحربي", ids);
    }

    [Theory]
    [InlineData("وقال محمد بن سليمان إن الطريق مفتوح.", "person:mohammed-bin-salman")]
    [InlineData("وقال المدير سلمان بن أحمد الخطيب إن الطريق مفتوح.", "person:salman-bin-hamad")]
    public void A_near_spelling_that_names_another_father_or_runs_on_is_another_person(string body, string known) =>
        Assert.DoesNotContain(Persons(body), p => p.Id == known);

    [Fact]
    public void A_near_spelling_before_a_known_name_is_still_the_known_person()
    {
        var ids = Persons("والتقى بنيامين نيتانياهو ترامب في البيت الأبيض.").Select(p => p.Id).ToList();
        Assert.Contains("person:benjamin-netanyahu", ids);
        Assert.Contains("person:donald-trump", ids);
    }

    [Theory]
    [InlineData("وافتتح المعرض الشيخ سعيد بن خالد بن راشد آل فلاح أمس.", "سعيد بن خالد بن راشد آل فلاح")]
    [InlineData("وصدر قرار بتعيين فهد بن صالح بن عبد الله الدوسري مديرا للمكتب.", "فهد بن صالح بن عبد الله الدوسري")]
    public void A_patronymic_chain_is_one_name_counted_by_its_names_not_by_its_bin(string body, string name) =>
        Assert.Contains(Persons(body), p => p.Mentions.Any(m => m.Text == name));
}
