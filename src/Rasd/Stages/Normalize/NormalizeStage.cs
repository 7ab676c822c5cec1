using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Normalize;

/// <summary>Builds the folded view of the text, with its map back to the original, and its tokens.</summary>
public sealed class NormalizeStage : IPipelineStage
{
    public string Name => "normalize";

    public void Process(Document document)
    {
        var view = ArabicNormalizer.Normalize(document.Text);
        document.SetNormalized(view, Tokenizer.Tokenize(view.Text));
    }
}
