using System.CommandLine;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Rasd.Corpus;
using Rasd.Data;
using Rasd.Input;
using Rasd.Stages.Entities;
using Rasd.Stages.Entities.Tagging;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd build-name-statistics CORPUS…</c>: counts how often each word of a corpus is part of a
/// name (see <see cref="WordNameStatistics"/>) and writes the data file the entity stage reads.
/// </summary>
internal static class BuildNameStatisticsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "corpus files or folders (the bulk JSON Lines files)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "the file to write", DefaultValueFactory = _ => Path.Combine(DataDirectory.Locate(), WordNameStatistics.RelativePath) };
        var minimum = new Option<int>("--min-count") { Description = "leave out words seen fewer times", DefaultValueFactory = _ => 3 };
        var cuesOnly = new Option<bool>("--cues-only")
        {
            Description = "count occurrences and name cues (after a title, beside a reporting verb) only, keeping the tagger's name counts of the file already at --output",
        };
        var command = new Command("build-name-statistics", "count how often each word of a corpus is part of a name or stands where names stand, for the entity stage and the name tagger") { paths, output, minimum, cuesOnly };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(output)!, result.GetValue(minimum), result.GetValue(cuesOnly)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string output, int minimum, bool cuesOnly = false)
    {
        var knowledge = KnowledgeBase.Default;
        INameTagger? tagger = null;
        WordNameStatistics? kept = null;
        if (cuesOnly)
        {
            try
            {
                using var file = File.OpenRead(output);
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, Encoding.UTF8);
                kept = WordNameStatistics.Read(reader, output);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                CliOutput.Error($"--cues-only keeps the name counts of {output}: {e.Message}");
                return 1;
            }
        }
        else if ((tagger = NameTaggerModel.Load(knowledge.Directory)) is null)
        {
            CliOutput.Error("no name tagger model in the data folder (rasd train-ner makes one)");
            return 2;
        }
        var refused = new StrongBox<int>();
        var articles = ArticleFiles.Stream(paths, new ArticleReader(), refused);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var counts = new WordNameStatisticsBuilder(knowledge, tagger, minimum).Build(articles, done => Console.Error.Write($"\r{done:N0} articles, {started.Elapsed.TotalSeconds:F0} s"));
        Console.Error.WriteLine();
        if (kept is not null)
        {
            foreach (var word in counts.Keys.ToList())
            {
                var names = kept.Of(word) ?? default;
                counts[word] = counts[word] with { AsPerson = names.AsPerson, AsOrganization = names.AsOrganization, AsPlace = names.AsPlace };
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            WordNameStatistics.Write(writer, counts);
        }
        Console.Out.WriteLine($"{counts.Count:N0} words written to {output} in {started.Elapsed.TotalSeconds:F0} s");
        return refused.Value > 0 ? 1 : 0;
    }
}
