using Rasd.Input;
using Rasd.Stages.Dates;

namespace Rasd.Tests.Stages;

/// <summary>
/// The times stage and the date scanner skip the tokens their gates turn away: no reader may find
/// an expression starting at one of them, in any article of the seeds and the wild corpus.
/// </summary>
public sealed class TimeReaderGateTests
{
    [Fact]
    public void No_reader_finds_an_expression_at_a_token_the_gate_turns_away()
    {
        var stage = new TimeExpressionStage(TestPaths.Knowledge);
        var scanner = new DateScanner(TestPaths.Knowledge.Calendar);
        var anchors = new[] { null, PublishedAnchor.Parse("2018-06-09"), PublishedAnchor.Parse("2023") };
        var missed = new List<string>();
        var turnedAway = 0;
        foreach (var item in new ArticleReader().ReadAll([TestPaths.Seeds, TestPaths.Wild]))
        {
            var document = Analysis.Run(item.Article ?? throw new InvalidOperationException(item.Problem!.Message));
            var tokens = document.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!scanner.MayStartAt(tokens[i]) && scanner.ReadAt(document.Normalized.Text, tokens, i, tokens.Count) is not null)
                {
                    missed.Add($"dates: {tokens[i].Text} in {document.File}");
                }
                if (stage.MayStartAt(tokens[i]))
                {
                    continue;
                }
                turnedAway++;
                foreach (var anchor in anchors)
                {
                    if (stage.ReadAt(document, i, tokens.Count, anchor, lastYear: null) is not null || stage.ReadAt(document, i, tokens.Count, anchor, lastYear: 2015) is not null)
                    {
                        missed.Add($"times: {tokens[i].Text} in {document.File}");
                    }
                }
            }
        }
        Assert.True(turnedAway > 0);
        Assert.Empty(missed);
    }
}
