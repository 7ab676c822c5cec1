using System.Text.Json;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Fills a <see cref="TaggerLexicon"/> with names: ANERgazet's person, location and organization
/// lists, the Arabic country names table, and the project's own gazetteer files under
/// <c>data/gazetteer</c> when they are there. Every source is optional, so that a model can be
/// trained before the gazetteers are complete; the lists end up inside the model.
/// </summary>
public static class GazetteerSources
{
    public const string Person = "PER";
    public const string Location = "LOC";
    public const string Organization = "ORG";

    /// <summary>
    /// A country's adjective (الكازاخستاني، روسية): a word that stands beside names, never one, so
    /// the model learns it closes a title rather than opens the name after it, also for the
    /// adjectives its training text seldom shows.
    /// </summary>
    public const string StateAdjective = "NISBA";

    /// <summary>ANERgazet: <c>AlignedPersGazetteer.txt</c>, <c>AlignedLocGazetteer.txt</c>, <c>AlignedOrgGazetteer.txt</c>.</summary>
    public static int AddAnergazet(TaggerLexicon lexicon, string folder)
    {
        var added = 0;
        foreach (var (file, className) in new[] { ("AlignedPersGazetteer.txt", Person), ("AlignedLocGazetteer.txt", Location), ("AlignedOrgGazetteer.txt", Organization) })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }
            foreach (var line in File.ReadLines(path))
            {
                // The location list separates its country blocks with ==== and **** lines.
                var entry = line.Trim();
                if (entry.Length > 0 && !entry.StartsWith("====", StringComparison.Ordinal) && !entry.StartsWith("****", StringComparison.Ordinal) && lexicon.Add(className, entry))
                {
                    added++;
                }
            }
        }
        return added;
    }

    /// <summary>The Arabic country names table: every Arabic column of <c>countries_ar.tsv</c>.</summary>
    public static int AddCountryTable(TaggerLexicon lexicon, string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }
        var added = 0;
        var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            return 0;
        }
        var arabicColumns = lines.Current.Split('\t')
            .Select((name, index) => (name, index))
            .Where(column => column.name.Contains("_ar_", StringComparison.Ordinal))
            .Select(column => column.index)
            .ToArray();
        while (lines.MoveNext())
        {
            var fields = lines.Current.Split('\t');
            foreach (var index in arabicColumns)
            {
                if (index < fields.Length && fields[index].Length > 0 && lexicon.Add(Location, fields[index]))
                {
                    added++;
                }
            }
        }
        return added;
    }

    /// <summary>
    /// The project's gazetteer files (<c>persons</c>, <c>countries</c>, <c>cities</c>, <c>locations</c>,
    /// <c>organizations</c>, <c>agencies</c>, <c>publishers</c>, <c>state-bodies</c>). Only the name fields are read, and
    /// loosely, so that the files may grow new fields without breaking training.
    /// </summary>
    public static int AddProjectGazetteer(TaggerLexicon lexicon, string dataDirectory)
    {
        var added = 0;
        foreach (var (file, className) in new[]
                 {
                     ("persons.json", Person), ("countries.json", Location), ("cities.json", Location), ("locations.json", Location),
                     ("organizations.json", Organization), ("agencies.json", Organization), ("publishers.json", Organization), ("state-bodies.json", Organization),
                 })
        {
            var path = Path.Combine(dataDirectory, "gazetteer", file);
            if (!File.Exists(path))
            {
                continue;
            }
            using var stream = File.OpenRead(path);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}: {e.Message}", e);
            }
            using (document)
            {
                foreach (var (name, nameClass) in NameFields(document.RootElement, className))
                {
                    if (lexicon.Add(nameClass, name))
                    {
                        added++;
                    }
                }
                if (file == "countries.json")
                {
                    added += AddStateAdjectives(lexicon, document.RootElement);
                }
            }
        }
        return added;
    }

    /// <summary>
    /// Every country's adjectives (the <c>nisba</c> fields) in the four forms news writes them: bare
    /// and with the article, masculine and feminine (كازاخستاني، الكازاخستاني، كازاخستانية، الكازاخستانية).
    /// </summary>
    private static int AddStateAdjectives(TaggerLexicon lexicon, JsonElement countries)
    {
        var added = 0;
        foreach (var country in countries.ValueKind == JsonValueKind.Array ? countries.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            if (country.ValueKind != JsonValueKind.Object || !country.TryGetProperty("nisba", out var nisbas) || nisbas.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var nisba in nisbas.EnumerateArray())
            {
                if (nisba.ValueKind != JsonValueKind.String || nisba.GetString() is not { Length: > 0 } stem)
                {
                    continue;
                }
                foreach (var form in new[] { stem, "ال" + stem, stem + "ة", "ال" + stem + "ة" })
                {
                    if (lexicon.Add(StateAdjective, form))
                    {
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private static readonly HashSet<string> NameProperties = new(StringComparer.Ordinal) { "names", "surnames", "acronyms", "latin", "patterns" };

    /// <summary>Strings under name properties anywhere in the file; a country's capital counts as a location.</summary>
    private static IEnumerable<(string Name, string Class)> NameFields(JsonElement element, string className)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var found in NameFields(item, className))
                    {
                        yield return found;
                    }
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (NameProperties.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } name)
                            {
                                yield return (name, className);
                            }
                        }
                    }
                    else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && !property.Name.StartsWith('_'))
                    {
                        var innerClass = property.Name == "capital" ? Location : className;
                        foreach (var found in NameFields(property.Value, innerClass))
                        {
                            yield return found;
                        }
                    }
                }
                break;
        }
    }

    /// <summary>
    /// Names harvested from a tagged corpus that the model is not trained on (WikiANN, AQMAR): every
    /// whole entity under <c>CORPUS-TYPE</c> (e.g. <c>wikiann-PER</c>), and, under
    /// <c>CORPUS-TYPE-word</c>, the single words that are inside an entity of that type in at least
    /// <paramref name="minShare"/> of their occurrences (first names, surnames, place words), so that
    /// a new full name made of known parts is still recognised.
    /// </summary>
    public static int AddCorpusNames(TaggerLexicon lexicon, string corpusName, IEnumerable<TaggedSentence> sentences, double minShare = 0.5, int minCount = 2)
    {
        var added = 0;
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var insideByType = new Dictionary<(string Word, string Type), int>();
        foreach (var sentence in sentences)
        {
            var input = TaggerInput.FromWords(sentence.Words);
            var tags = input.TokenTags(sentence.Tags);
            foreach (var token in input.Tokens)
            {
                occurrences[token] = occurrences.GetValueOrDefault(token) + 1;
            }
            foreach (var span in BioTags.Spans(tags))
            {
                var words = input.Tokens.Skip(span.Start).Take(span.End - span.Start).ToList();
                if (lexicon.Add($"{corpusName}-{span.Type}", string.Join(' ', words)))
                {
                    added++;
                }
                foreach (var word in words)
                {
                    insideByType[(word, span.Type)] = insideByType.GetValueOrDefault((word, span.Type)) + 1;
                }
            }
        }
        foreach (var ((word, type), inside) in insideByType.OrderBy(pair => pair.Key.Word, StringComparer.Ordinal).ThenBy(pair => pair.Key.Type, StringComparer.Ordinal))
        {
            if (inside >= minCount && inside >= minShare * occurrences[word] && lexicon.Add($"{corpusName}-{type}-word", word))
            {
                added++;
            }
        }
        return added;
    }
}
