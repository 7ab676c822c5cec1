using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// How Arabic news reports speech (data/lexicons/reporting-verbs.json): reporting verbs in their
/// forms, adverbial participles (قائلا، مضيفا), «according to» phrases, unnamed sources,
/// complementizers (أن، إن، بأن، فإن), pronouns standing for the last speaker, and phrases that look
/// like reporting but are not (يذكر أن).
/// </summary>
public sealed class ReportingLexicon
{
    public ReportingLexicon(ReportingFile file)
    {
        foreach (var verb in file.Verbs)
        {
            if (verb.Ambiguous)
            {
                // An ambiguous verb reports speech only with what it takes after it (أعاد التأكيد على،
                // نقل … عن، أشاد ب…); single letters (ب، ل) are prefixes of the next word.
                AmbiguousVerbCompletions[verb.Lemma] = PhraseMatcher<string>.Of(
                    (verb.Complementizer ?? []).Concat(verb.Objects ?? []).Where(c => c.Length > 1));
                AmbiguousVerbPrefixes[verb.Lemma] = (verb.Complementizer ?? []).Where(c => c.Length == 1).Select(c => c[0]).ToHashSet();
            }
            if (verb.Complementizer?.Contains("عن") == true && verb.Introduces?.Contains("direct") == true)
            {
                QuotingVerbs.Add(verb.Lemma);
            }
            if (verb.Introduces?.Contains("direct") == true)
            {
                DirectSpeechVerbs.Add(verb.Lemma);
            }
            foreach (var form in verb.Forms)
            {
                var folded = ArabicNormalizer.Fold(form);
                Verbs[folded] = verb.Lemma;
                if (IsPresentTense(folded, ArabicNormalizer.Fold(verb.Lemma)))
                {
                    PresentForms.Add(folded);
                }
            }
        }
        foreach (var participle in file.Participles)
        {
            foreach (var form in participle.Forms)
            {
                Participles[ArabicNormalizer.Fold(form)] = participle.Lemma;
            }
        }
        AccordingTo = PhraseMatcher<string>.Of(file.AccordingTo);
        AnonymousSources = PhraseMatcher<string>.Of(file.AnonymousSources);
        NotReporting = PhraseMatcher<string>.Of(file.NotReporting);
        Complementizers = file.Complementizers.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        PronounSpeakers = file.PronounSpeakers.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        StatementNouns = PhraseMatcher<string>.Of(file.StatementNouns ?? []);
        SayingNouns = (file.SayingNouns ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        IssuedStatements = (file.IssuedStatements ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        NamingNouns = (file.NamingNouns ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        PressSubjects = PhraseMatcher<string>.Of(file.PressSubjects ?? []);
        UnnamedGroups = PhraseMatcher<string>.Of(file.UnnamedGroups ?? []);
        GovernmentNouns = (file.GovernmentNouns ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Nouns for the government a leader heads (إدارة، حكومة، نظام), folded: an unnamed source in it speaks for the leader's state.</summary>
    public HashSet<string> GovernmentNouns { get; }

    /// <summary>
    /// People the text does not name, speaking as a group (سكان، ناشطون، متظاهرون): as a subject
    /// they speak for no state their adjective names, and continue no one.
    /// </summary>
    public PhraseMatcher<string> UnnamedGroups { get; }

    /// <summary>
    /// The press at large and unnamed reports (وسائل الإعلام، تقارير إعلامية، الصحف): as a subject
    /// they speak for no state their adjective names, and for no one the text names.
    /// </summary>
    public PhraseMatcher<string> PressSubjects { get; }

    /// <summary>Nouns a quotation right after which is a name or a title (بعنوان، حملة، صحيفة), not a statement.</summary>
    public HashSet<string> NamingNouns { get; }

    /// <summary>«His saying» after the one quoted (نقلت الوكالة عن الوزير قوله): the reported clause's complementizer is looked for from it on.</summary>
    public HashSet<string> SayingNouns { get; }

    /// <summary>Indefinite documents (بيان، تقرير) whose issuer, named right after them, speaks through them.</summary>
    public HashSet<string> IssuedStatements { get; }

    public Dictionary<string, string> Verbs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// For each verb whose forms are also ordinary words (نقل "moved", أعاد "repeated", رد "response"),
    /// the complementizers and objects that must follow it for it to report speech.
    /// </summary>
    public Dictionary<string, PhraseMatcher<string>> AmbiguousVerbCompletions { get; } = new(StringComparer.Ordinal);

    /// <summary>The one-letter complements (ب، ل) of the ambiguous verbs, which attach to the next word (أشاد بالاتفاق).</summary>
    public Dictionary<string, HashSet<char>> AmbiguousVerbPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Verbs that may introduce a quotation after a colon or quotation marks (قال، تابع), not only a complementizer.</summary>
    public HashSet<string> DirectSpeechVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Verbs that quote someone through عن (نقلت الوكالة عن الوزير قوله): the object of عن is the speaker.</summary>
    public HashSet<string> QuotingVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Present-tense forms (يقول، تعتقد): with no subject of their own they do not continue the last speaker (ويُعتقد أن …).</summary>
    public HashSet<string> PresentForms { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Participles { get; } = new(StringComparer.Ordinal);

    public PhraseMatcher<string> AccordingTo { get; }


    /// <summary>Unnamed sources (مصدر دبلوماسي، مسؤولون، شهود عيان): a subject that speaks, but is no entity.</summary>
    public PhraseMatcher<string> AnonymousSources { get; }

    public PhraseMatcher<string> NotReporting { get; }

    public HashSet<string> Complementizers { get; }

    public HashSet<string> PronounSpeakers { get; }

    /// <summary>What a speaker issued (البيان، الرسالة، تغريدته): as a cue's subject it speaks for its issuer.</summary>
    public PhraseMatcher<string> StatementNouns { get; }

    /// <summary>A form opening with the imperfect prefix (ي، ن، or ت where the past stem has none) is present tense.</summary>
    private static bool IsPresentTense(string form, string lemma) =>
        form.Length > 2 && (form[0] is 'ي' or 'ن' || (form[0] == 'ت' && lemma[0] != 'ت'));

    public sealed record ReportingFile(
        IReadOnlyList<VerbEntry> Verbs,
        IReadOnlyList<VerbEntry> Participles,
        IReadOnlyList<string> AccordingTo,
        IReadOnlyList<string> AnonymousSources,
        IReadOnlyList<string> NotReporting,
        IReadOnlyList<string> Complementizers,
        IReadOnlyList<string> PronounSpeakers,
        IReadOnlyList<string>? StatementNouns = null,
        IReadOnlyList<string>? SayingNouns = null,
        IReadOnlyList<string>? IssuedStatements = null,
        IReadOnlyList<string>? NamingNouns = null,
        IReadOnlyList<string>? PressSubjects = null,
        IReadOnlyList<string>? UnnamedGroups = null,
        IReadOnlyList<string>? GovernmentNouns = null);

    public sealed record VerbEntry(string Lemma, IReadOnlyList<string> Forms, IReadOnlyList<string>? Introduces = null, IReadOnlyList<string>? Complementizer = null, IReadOnlyList<string>? Objects = null, bool Ambiguous = false);
}
