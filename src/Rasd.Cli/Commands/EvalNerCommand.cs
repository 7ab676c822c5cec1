using System.CommandLine;
using System.Diagnostics;
using Rasd.Data;
using Rasd.Stages.Entities.Tagging;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd eval-ner FILE</c>: tags a CoNLL file with the named-entity model and prints CoNLL
/// entity-level precision, recall and F1 per type, the micro average and the tagging speed. Scoring
/// is on the file's own tokens; tokens that are only punctuation are tagged O. The file has no
/// article boundaries, so each sentence's document is the sentences around it (<c>--context</c>).
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CoNLL file: token and tag per line, blank line between sentences" };
        var model = new Option<string?>("--model") { Description = "model file (default: data/models/ner-ar.bin.gz)" };
        var errors = new Option<int>("--errors") { Description = "also print this many sentences whose entities differ from the gold ones", DefaultValueFactory = _ => 0 };
        var context = new Option<int>("--context")
        {
            Description = "sentences either side that count as a sentence's document (names found there help tag it); 0 tags each sentence alone",
            DefaultValueFactory = _ => ConllEvaluator.DefaultDocumentWindow,
        };
        var repeat = new Option<int>("--repeat")
        {
            Description = "tag the file this many times and report the fastest pass, for a steadier tokens/s on a busy machine",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("eval-ner", "score the named-entity tagger on a CoNLL file (entity-level P/R/F1)") { file, model, context, errors, repeat };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(model), result.GetValue(context), result.GetValue(errors), Console.Out, result.GetValue(repeat)));
        return command;
    }

    public static string DefaultModelPath() => Path.Combine(DataDirectory.Locate(), "models", "ner-ar.bin.gz");

    public static int Run(FileInfo file, string? modelPath, int context, int errorsToShow, TextWriter output, int repeat = 1)
    {
        if (repeat < 1)
        {
            CliOutput.Error($"--repeat {repeat}: expected 1 or more");
            return 2;
        }
        List<TaggedSentence> sentences;
        NerModel model;
        try
        {
            modelPath ??= DefaultModelPath();
            model = NerModel.Load(modelPath);
            sentences = ConllReader.ReadFile(file.FullName);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            CliOutput.Error(e.Message);
            return 1;
        }
        var evaluator = new ConllEvaluator();
        // One sentence first, so that the rate measures tagging rather than start-up compilation.
        model.Tag(sentences.Count > 0 ? sentences[0].Words : []);
        var fastest = TimeSpan.MaxValue;
        IReadOnlyList<IReadOnlyList<string>> predictions = [];
        for (var pass = 0; pass < repeat; pass++)
        {
            var clock = Stopwatch.StartNew();
            predictions = ConllEvaluator.Tag(model, sentences, context);
            fastest = TimeSpan.FromTicks(Math.Min(fastest.Ticks, clock.Elapsed.Ticks));
        }
        for (var i = 0; i < sentences.Count; i++)
        {
            evaluator.Add(sentences[i].Tags, predictions[i]);
        }
        var scores = evaluator.Scores();
        for (var i = 0; i < sentences.Count && errorsToShow > 0; i++)
        {
            if (DescribeDifference(sentences[i], predictions[i]) is { } difference)
            {
                output.WriteLine(difference);
                errorsToShow--;
            }
        }
        output.WriteLine($"{file.Name}: {scores.Sentences} sentences, {scores.Tokens} tokens, model {modelPath}, " +
            (context > 0 ? $"document context ±{context} sentences" : "sentences tagged alone"));
        output.Write(scores.ToTable());
        output.WriteLine(FormattableString.Invariant(
            $"tagged in {fastest.TotalSeconds:0.00}s{(repeat > 1 ? $" (fastest of {repeat})" : "")}, {scores.Tokens / Math.Max(fastest.TotalSeconds, 1e-9):0} tokens/s (one thread)"));
        return 0;
    }

    /// <summary>The sentence with its missed (-) and wrongly found (+) entities, or null when the tagger got it right.</summary>
    private static string? DescribeDifference(TaggedSentence sentence, IReadOnlyList<string> predicted)
    {
        var gold = BioTags.Spans(sentence.Tags);
        var found = BioTags.Spans(predicted);
        var missed = gold.Except(found).ToList();
        var wrong = found.Except(gold).ToList();
        if (missed.Count == 0 && wrong.Count == 0)
        {
            return null;
        }
        string Show(EntitySpan span) => $"{span.Type}[{string.Join(' ', sentence.Words.Skip(span.Start).Take(span.End - span.Start))}]";
        return $"{string.Join(' ', sentence.Words)}\n  - {string.Join("  ", missed.Select(Show))}\n  + {string.Join("  ", wrong.Select(Show))}";
    }
}
