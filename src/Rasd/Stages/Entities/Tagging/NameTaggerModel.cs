namespace Rasd.Stages.Entities.Tagging;

/// <summary>The shipped tagger model of a data folder (models/ner-ar.bin.gz), loaded once per folder at start-up.</summary>
public static class NameTaggerModel
{
    public const string RelativePath = "models/ner-ar.bin.gz";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, NerModel?> Loaded = new(StringComparer.Ordinal);

    /// <summary>The model, or null when the data folder has none (the pipeline then runs on gazetteers alone).</summary>
    public static NerModel? Load(string dataDirectory) =>
        Loaded.GetOrAdd(Path.GetFullPath(dataDirectory), directory =>
        {
            var path = Path.Combine(directory, RelativePath);
            return File.Exists(path) ? NerModel.Load(path) : null;
        });
}
