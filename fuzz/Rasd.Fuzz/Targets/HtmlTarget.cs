using Rasd.Fuzz.Checks;
using Rasd.Input;

namespace Rasd.Fuzz.Targets;

/// <summary>Bytes decoded as a page, then the article extracted from it: headline, body, date and site.</summary>
public sealed class HtmlTarget : IFuzzTarget
{
    private const string Source = "page.html";

    public string Name => "html";

    public string Description => "HtmlArticleExtractor (page to headline, body, date and site name)";

    public void Run(byte[] input)
    {
        if (DecodedInput.Decode(input, Source) is not { } decoded)
        {
            return;
        }
        HtmlArticleExtractor.Accepts("page", decoded.Text);
        InputItemCheck.VerifyArticle(HtmlArticleExtractor.Extract(Source, decoded.Text, decoded.Encoding));
    }
}
