namespace Rasd.Data;

/// <summary>
/// A word's occurrences in the corpus, how many of them were inside a name of each type (as the
/// name tagger read them), and how many stood where names stand: right after a title (with the
/// title's own modifiers between), right before and right after a reporting verb, and right before
/// the complementizer that closes a reporting verb's subject (where a speaker's last word stands),
/// second after a title (where a surname stands), right after an organization's head noun and right
/// after a noun announcing a place.
/// </summary>
public readonly record struct WordNameCounts(int Occurrences, int AsPerson, int AsOrganization, int AsPlace, int AfterTitle = 0, int BeforeReportingVerb = 0, int AfterReportingVerb = 0, int EndsSpeaker = 0, int SecondAfterTitle = 0, int AfterOrganizationHead = 0, int AfterPlaceCue = 0)
{
    public double PersonShare => Occurrences == 0 ? 0 : (double)AsPerson / Occurrences;

    public double NameShare => Occurrences == 0 ? 0 : (double)(AsPerson + AsOrganization + AsPlace) / Occurrences;
}
