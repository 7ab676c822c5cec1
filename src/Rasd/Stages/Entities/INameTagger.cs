namespace Rasd.Stages.Entities;

/// <summary>A statistical tagger that proposes names the data files lack: BIO tags (B-PER, I-LOC, O…) for the words of one sentence.</summary>
public interface INameTagger
{
    IReadOnlyList<string> Tag(IReadOnlyList<string> words);
}
