using System.CommandLine;
using System.Text.Json.Nodes;
using Rasd.Data;
using Rasd.Evaluation;
using Rasd.Input;
using Rasd.Records;
using Rasd.Stages;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd eval GOLD_DIR PATH…</c>: analyzes the articles and scores them against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<DirectoryInfo>("gold") { Description = "folder of gold files (spec/gold.md)" };
        var paths = new Argument<string[]>("paths") { Description = "the articles the gold files annotate", Arity = ArgumentArity.OneOrMore };
        var command = new Command("eval", "score the pipeline against gold annotations (per-category precision, recall, F1)") { gold, paths };
        command.SetAction(result => Run(result.GetValue(gold)!, result.GetValue(paths)!, Console.Out));
        return command;
    }

    public static int Run(DirectoryInfo gold, IReadOnlyList<string> paths, TextWriter output)
    {
        if (!gold.Exists)
        {
            CliOutput.Error($"{gold.FullName}: no such gold folder");
            return 2;
        }
        var pipeline = DefaultPipeline.CreateDefault();
        var (articles, refused) = ArticleFiles.ReadAll(paths, new ArticleReader());
        var records = articles.Select(article => JsonNode.Parse(RecordJson.Serialize(RecordBuilder.Build(pipeline.Analyze(article)), indented: false))!.AsObject()).ToList();
        output.Write(GoldScorer.Score(records, gold.FullName).ToText());
        return refused > 0 ? 1 : 0;
    }
}
