namespace Rasd.Data;

/// <summary>One reading of a counted-noun form: the English unit it counts, its grammatical number and whether it counts people.</summary>
public sealed record CountedNoun(string Unit, GrammaticalNumber Number, bool IsPerson);

/// <summary>The grammatical number of a counted-noun form; <see cref="Unmarked"/> for abbreviations and fixed forms (كم، كغ).</summary>
public enum GrammaticalNumber
{
    Singular,
    Dual,
    Plural,
    Unmarked,
}
