using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Stages;

namespace Rasd.Tests;

/// <summary>Runs the default pipeline over text written in a test.</summary>
internal static class Analysis
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => DefaultPipeline.Create(TestPaths.Knowledge));

    public static Document Run(string text, string file = "test.txt", string? published = null) =>
        Pipeline.Value.Analyze(new ArticleInput(file, text, ArticleMetadata.Plain("utf-8")), published);

    public static Document Run(ArticleInput input) => Pipeline.Value.Analyze(input);

    public static AnalysisRecord Record(string text, string? published = null) => RecordBuilder.Build(Run(text, published: published));
}
