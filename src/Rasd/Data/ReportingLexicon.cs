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
    }

    public Dictionary<string, string> Verbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Present-tense forms (يقول، تعتقد): with no subject of their own they do not continue the last speaker (ويُعتقد أن …).</summary>
    public HashSet<string> PresentForms { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Participles { get; } = new(StringComparer.Ordinal);

    public PhraseMatcher<string> AccordingTo { get; }


    /// <summary>Unnamed sources (مصدر دبلوماسي، مسؤولون، شهود عيان): a subject that speaks, but is no entity.</summary>
    public PhraseMatcher<string> AnonymousSources { get; }

    public PhraseMatcher<string> NotReporting { get; }

    public HashSet<string> Complementizers { get; }

    public HashSet<string> PronounSpeakers { get; }

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
        IReadOnlyList<string> PronounSpeakers);

    public sealed record VerbEntry(string Lemma, IReadOnlyList<string> Forms);
}
