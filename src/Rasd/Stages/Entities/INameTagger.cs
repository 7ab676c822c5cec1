namespace Rasd.Stages.Entities;

/// <summary>
/// A statistical tagger that proposes names the data files lack: IOB2 tags (B-PER, I-LOC, O…) for
/// the words of every sentence of one article, tagged together so that a name found in one
/// sentence helps find its bare repetitions in others.
/// </summary>
public interface INameTagger
{
    IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, int window = int.MaxValue);
}
