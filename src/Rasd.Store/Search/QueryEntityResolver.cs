using Rasd.Data;
using Rasd.Text;

namespace Rasd.Store.Search;

/// <summary>
/// Finds the known entities a query word or phrase names, so that a search also matches the
/// spellings the pipeline resolved to the same id: an exact gazetteer form (names, surnames,
/// acronyms, nisba adjectives: <c>الروسية</c> names Russia), else, for a single Arabic word, the
/// persons the variant index finds within the pipeline's similarity floor (<c>جباروف</c> and
/// <c>جاباروف</c> are one person).
/// </summary>
public sealed class QueryEntityResolver
{
    private const double PersonSimilarityFloor = 0.88;
    private const double AmbiguityMargin = 0.03;
    private const int MaxEntitiesPerWord = 3;
    private const int MinFuzzyLength = 4;

    private readonly Dictionary<string, List<string>> _idsByForm = new(StringComparer.Ordinal);
    private readonly FuzzyNameIndex _fuzzyNames;

    public QueryEntityResolver(KnowledgeBase knowledge)
    {
        _fuzzyNames = knowledge.FuzzyNames;
        foreach (var entry in knowledge.Gazetteer.Entries)
        {
            foreach (var (folded, form) in knowledge.Gazetteer.FoldedForms(entry))
            {
                if (form.Kind == NameFormKind.CreditOnly)
                {
                    continue;
                }
                var key = folded.ToLowerInvariant();
                if (!_idsByForm.TryGetValue(key, out var ids))
                {
                    _idsByForm[key] = ids = [];
                }
                if (!ids.Contains(entry.Id))
                {
                    ids.Add(entry.Id);
                }
            }
        }
    }

    public IReadOnlyList<string> Resolve(string text)
    {
        var words = PhraseMatcher<string>.Words(text);
        if (words.Count == 0)
        {
            return [];
        }
        foreach (var (stem, _) in Clitics.Readings(words[0]))
        {
            var key = string.Join(' ', words.Skip(1).Prepend(stem)).ToLowerInvariant();
            if (_idsByForm.TryGetValue(key, out var ids))
            {
                return ids.Take(MaxEntitiesPerWord).ToList();
            }
        }
        if (words.Count != 1 || words[0].Length < MinFuzzyLength || !words[0].All(c => c is >= '\u0621' and <= '\u064A'))
        {
            return [];
        }
        foreach (var (stem, _) in Clitics.Readings(words[0]))
        {
            var matches = _fuzzyNames.Lookup(stem, PersonSimilarityFloor)
                .Where(m => m.Form.Entry.Type == EntityType.Person && m.Form.Kind is NameFormKind.Name or NameFormKind.Surname)
                .ToList();
            if (matches.Count > 0)
            {
                var best = matches[0].Similarity;
                return matches.Where(m => best - m.Similarity < AmbiguityMargin)
                    .Select(m => m.Form.Entry.Id)
                    .Distinct(StringComparer.Ordinal)
                    .Take(MaxEntitiesPerWord)
                    .ToList();
            }
        }
        return [];
    }
}
