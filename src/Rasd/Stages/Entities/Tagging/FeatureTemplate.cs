namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The kinds of feature <see cref="TaggerFeatures"/> emits. A template's number is part of every
/// key made from it (<see cref="FeatureKey"/>), so new templates go at the end, and reordering or
/// changing one means bumping <see cref="TaggerFeatures.TemplateVersion"/>.
/// </summary>
internal enum FeatureTemplate
{
    /// <summary>Always on: the label's prior.</summary>
    Bias,

    /// <summary>The folded word at a position (or the sentence start or end beyond it).</summary>
    Word,

    /// <summary>A reading of the word without proclitics (وبريطانيا → بريطانيا).</summary>
    Stem,

    /// <summary>The word without proclitics and the article (والعاصمة → عاصمه).</summary>
    Core,

    /// <summary>The word's class at one clustering level.</summary>
    Cluster,

    /// <summary>The word is too rare to have been clustered.</summary>
    ClusterRare,

    /// <summary>The first n letters.</summary>
    Prefix,

    /// <summary>The last n letters.</summary>
    Suffix,

    /// <summary>The word carries the article.</summary>
    Article,

    /// <summary>The first n letters of the word without the article.</summary>
    CorePrefix,

    /// <summary>The consonant skeleton (<see cref="TaggerFeatures.Skeleton"/>).</summary>
    Skeleton,

    /// <summary>Arabic, Latin (by case), digits or mixed.</summary>
    Shape,

    /// <summary>The length in letters, in bins.</summary>
    Length,

    /// <summary>The first token of the sentence.</summary>
    First,

    /// <summary>A lexicon mark (B-/I- of a name list or cue class) at a position.</summary>
    Lexicon,

    /// <summary>A lexicon mark of the previous token with one of the current token.</summary>
    LexiconPair,

    /// <summary>The previous word with the current one.</summary>
    WordPairBefore,

    /// <summary>The current word with the next one.</summary>
    WordPairAfter,

    /// <summary>The class, at one clustering level, of the word's reading without proclitics and article.</summary>
    StemCluster,

    /// <summary>A name-cue bin of the word at a position (<see cref="WordEvidence"/>).</summary>
    NameEvidence,

    /// <summary>A name-cue bin of the word's reading without proclitics and article.</summary>
    NameEvidenceStem,

    /// <summary>The word is too rare in the bulk corpus to have name-cue counts.</summary>
    NameEvidenceNone,
}
