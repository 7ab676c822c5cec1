namespace Rasd.Data;

/// <summary>A word's occurrences in the corpus and how many of them were inside a name of each type.</summary>
public readonly record struct WordNameCounts(int Occurrences, int AsPerson, int AsOrganization, int AsPlace)
{
    public double PersonShare => Occurrences == 0 ? 0 : (double)AsPerson / Occurrences;

    public double NameShare => Occurrences == 0 ? 0 : (double)(AsPerson + AsOrganization + AsPlace) / Occurrences;
}
