using Rasd.Input;
using Rasd.Pipeline;

namespace Rasd.Tests.Stages;

/// <summary>Each article is analyzed in isolation: a time-out or a failure comes back as a problem naming the article, never as an exception.</summary>
public sealed class AnalysisIsolationTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => Rasd.Stages.DefaultPipeline.Create(TestPaths.Knowledge));

    private static ArticleInput Article(string text) => new("long.txt", text, ArticleMetadata.Plain("utf-8"));

    [Fact]
    public void An_article_past_its_time_budget_is_stopped_and_named()
    {
        var text = string.Join(". ", Enumerable.Repeat("وقال الوزير الروسي إن العلاقات مع كازاخستان جيدة", 200));
        var outcome = Pipeline.Value.AnalyzeIsolated(Article(text), null, TimeSpan.FromTicks(1));
        Assert.Null(outcome.Document);
        Assert.True(outcome.TimedOut);
        Assert.Equal("long.txt", outcome.Problem!.Location);
        Assert.StartsWith("analysis stopped in the ", outcome.Problem.Reason);
    }

    [Fact]
    public void Without_a_budget_the_same_article_is_analyzed()
    {
        var text = string.Join(". ", Enumerable.Repeat("وقال الوزير الروسي إن العلاقات مع كازاخستان جيدة", 20));
        var outcome = Pipeline.Value.AnalyzeIsolated(Article(text), null, budget: null);
        Assert.NotNull(outcome.Document);
        Assert.Null(outcome.Problem);
    }
}
