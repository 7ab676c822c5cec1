namespace Rasd.Data;

/// <summary>All data files the pipeline needs, loaded once at start-up from one data folder.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(() => Load(DataDirectory.Locate()));

    private KnowledgeBase(string directory)
    {
        Directory = directory;
        // The largest file, read beside the others: start-up is paid by every command a person types.
        var wordNames = Task.Run(() => WordNameStatistics.Load(directory));
        Calendar = new CalendarLexicon(DataFile.Read<CalendarLexicon.CalendarFile>(directory, "lexicons/calendar.json"));
        Boilerplate = new BoilerplatePatterns(DataFile.Read<BoilerplatePatterns.PatternFile>(directory, "lexicons/boilerplate.json"));
        Credits = new CreditLexicon(DataFile.Read<CreditLexicon.CreditFile>(directory, "lexicons/credits.json"));
        Numbers = new NumberLexicon(DataFile.Read<NumberLexicon.NumberFile>(directory, "lexicons/number-words.json"));
        Units = new UnitLexicon(DataFile.Read<UnitLexicon.UnitFile>(directory, "lexicons/units.json"));
        Gazetteer = new Gazetteer(directory);
        CountedNouns = new CountedNounLexicon(DataFile.Read<CountedNounLexicon.CountedNounFile>(directory, "lexicons/counted-nouns.json"), Gazetteer);
        Qualifiers = new QualifierLexicon(DataFile.Read<Dictionary<string, System.Text.Json.JsonElement>>(directory, "lexicons/qualifiers.json"));
        Roles = new RoleLexicon(DataFile.Read<RoleLexicon.RoleFile>(directory, "lexicons/roles.json"));
        Nisba = new NisbaLexicon(DataFile.Read<NisbaLexicon.NisbaFile>(directory, "lexicons/nisba.json"));
        Bodies = new BodyNameLexicon(DataFile.Read<BodyNameLexicon.BodyFile>(directory, "lexicons/bodies.json"));
        Landforms = new LandformLexicon(DataFile.Read<LandformLexicon.LandformFile>(directory, "lexicons/landforms.json"));
        Reporting = new ReportingLexicon(DataFile.Read<ReportingLexicon.ReportingFile>(directory, "lexicons/reporting-verbs.json"));
        Topics = new TopicLexicon(DataFile.Read<Dictionary<string, System.Text.Json.JsonElement>>(directory, "lexicons/topics.json"));
        Tone = new ToneLexicon(DataFile.Read<ToneLexicon.ToneFile>(directory, "lexicons/tone.json"));
        Relations = new RelationLexicon(DataFile.Read<RelationLexicon.RelationFile>(directory, "lexicons/relations.json"));
        Interactions = new InteractionLexicon(DataFile.Read<InteractionLexicon.InteractionFile>(directory, "lexicons/interactions.json"));
        FunctionWords = new FunctionWordLexicon(DataFile.Read<Dictionary<string, System.Text.Json.JsonElement>>(directory, "lexicons/function-words.json"));
        FuzzyNames = new FuzzyNameIndex(Gazetteer);
        WordNames = wordNames.GetAwaiter().GetResult();
    }

    /// <summary>The knowledge base of the default data folder, loaded on first use.</summary>
    public static KnowledgeBase Default => Shared.Value;

    public string Directory { get; }

    public CalendarLexicon Calendar { get; }

    public BoilerplatePatterns Boilerplate { get; }

    public CreditLexicon Credits { get; }

    public NumberLexicon Numbers { get; }

    public UnitLexicon Units { get; }

    public CountedNounLexicon CountedNouns { get; }

    public QualifierLexicon Qualifiers { get; }

    public RoleLexicon Roles { get; }

    public NisbaLexicon Nisba { get; }

    public BodyNameLexicon Bodies { get; }

    public LandformLexicon Landforms { get; }

    public ReportingLexicon Reporting { get; }

    public TopicLexicon Topics { get; }

    public ToneLexicon Tone { get; }

    public RelationLexicon Relations { get; }

    public InteractionLexicon Interactions { get; }

    public FunctionWordLexicon FunctionWords { get; }

    /// <summary>How often each word of real news is part of a name; empty when the data folder has no statistics file.</summary>
    public WordNameStatistics WordNames { get; }

    public Gazetteer Gazetteer { get; }

    public FuzzyNameIndex FuzzyNames { get; }

    public static KnowledgeBase Load(string directory) => new(directory);
}
