using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Fuzz.Checks;

/// <summary>
/// Checks an analyzed document and its record against the record contract
/// (spec/analysis-json.md): every annotation and every reported span lies inside the text, every
/// reported piece of text is the slice its span names, the enumerated fields hold their listed
/// values, and the record survives its JSON form and its Markdown report.
/// </summary>
public static class RecordCheck
{
    private static readonly HashSet<string> EntityTypes = ["person", "country", "city", "org", "agency", "location"];
    private static readonly HashSet<string> QuoteKinds = ["direct", "indirect"];
    private static readonly HashSet<string> Qualifiers = ["exact", "about", "over", "under", "up_to"];
    private static readonly HashSet<string> Topics =
        ["trade", "energy", "security", "military", "migration", "language_culture", "diplomacy", "sanctions", "integration", "investment", "transport", "health"];

    public static void Verify(Document document, AnalysisRecord record)
    {
        var text = document.Text;
        if (!string.Equals(record.Text, text, StringComparison.Ordinal))
        {
            throw new InvariantViolation("the record's text is not the document's text");
        }
        foreach (var span in document.AllSpans())
        {
            RequireInside(text, span.Start, span.End, $"a {span.GetType().Name} annotation");
        }
        var folded = document.Normalized.Text;
        foreach (var token in document.Tokens)
        {
            RequireInside(folded, token.Start, token.End, "a token of the normalized view");
            if (!folded.AsSpan(token.Start, token.End - token.Start).SequenceEqual(token.Text))
            {
                throw new InvariantViolation($"token {NormalizedViewCheck.Escape(token.Text)} is not the normalized text at [{token.Start}, {token.End})");
            }
        }
        if (record.Body is { } body)
        {
            RequireInside(text, body.Start, body.End, "the body");
        }
        foreach (var source in record.Sources)
        {
            RequireInside(text, source.Start, source.End, $"source {source.Id}");
        }
        foreach (var entity in record.Entities)
        {
            Require(EntityTypes.Contains(entity.Type), $"entity {entity.Id} has type {entity.Type}");
            Require(entity.Confidence is >= 0 and <= 1, $"entity {entity.Id} has confidence {entity.Confidence}");
            Require(entity.Mentions.Count > 0, $"entity {entity.Id} has no mention");
            foreach (var mention in entity.Mentions)
            {
                RequireSlice(text, mention.Start, mention.End, mention.Text, $"a mention of {entity.Id}");
            }
        }
        foreach (var quote in record.Quotes)
        {
            Require(QuoteKinds.Contains(quote.Kind), $"a quote has kind {quote.Kind}");
            RequireSlice(text, quote.Start, quote.End, quote.Text, "a quote");
        }
        foreach (var amount in record.Amounts)
        {
            Require(Qualifiers.Contains(amount.Qualifier), $"an amount has qualifier {amount.Qualifier}");
            Require(amount.Value is null || double.IsFinite(amount.Value.Value), $"an amount has value {amount.Value}");
            RequireSlice(text, amount.Start, amount.End, amount.Text, "an amount");
        }
        foreach (var time in record.Times)
        {
            RequireSlice(text, time.Start, time.End, time.Text, "a time expression");
        }
        foreach (var relation in record.Relations)
        {
            Require(string.CompareOrdinal(relation.A, relation.B) < 0, $"relation {relation.A}–{relation.B} is not ordered a < b");
            Require(relation.Tone is >= -1 and <= 1, $"relation {relation.A}–{relation.B} has tone {relation.Tone}");
            Require(relation.Topics.All(Topics.Contains), $"relation {relation.A}–{relation.B} has topics {string.Join(", ", relation.Topics)}");
            Require(relation.Evidence.Count > 0, $"relation {relation.A}–{relation.B} has no evidence");
            foreach (var evidence in relation.Evidence)
            {
                RequireInside(text, evidence.Start, evidence.End, $"evidence of {relation.A}–{relation.B}");
            }
        }
        var json = RecordJson.Serialize(record, indented: false);
        var again = RecordJson.Deserialize(json) ?? throw new InvariantViolation("the record's JSON reads back as null");
        if (!string.Equals(again.Text, text, StringComparison.Ordinal) || RecordJson.Serialize(again, indented: false) != json)
        {
            throw new InvariantViolation("the record does not survive its JSON form");
        }
        MarkdownReport.Render(record);
    }

    private static void RequireSlice(string text, int start, int end, string reported, string what)
    {
        RequireInside(text, start, end, what);
        if (!text.AsSpan(start, end - start).SequenceEqual(reported))
        {
            throw new InvariantViolation($"{what} reports {NormalizedViewCheck.Escape(reported)}, not the text at [{start}, {end})");
        }
    }

    private static void RequireInside(string text, int start, int end, string what)
    {
        if (start < 0 || start > end || end > text.Length)
        {
            throw new InvariantViolation($"{what} spans [{start}, {end}), outside a text of {text.Length} characters");
        }
    }

    private static void Require(bool condition, string violation)
    {
        if (!condition)
        {
            throw new InvariantViolation(violation);
        }
    }
}
