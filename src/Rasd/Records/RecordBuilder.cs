using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;

namespace Rasd.Records;

/// <summary>Turns an analyzed document into its analysis record.</summary>
public static class RecordBuilder
{
    public static AnalysisRecord Build(Document document)
    {
        var segments = document.All<Segment>();
        var title = segments.FirstOrDefault(s => s.Kind == SegmentKind.Title);
        var body = segments.FirstOrDefault(s => s.Kind == SegmentKind.Body);
        return new AnalysisRecord
        {
            Id = document.Id,
            File = document.File,
            Title = title is null ? null : document.Slice(title).Trim(),
            Published = document.First<PublicationDate>()?.Value,
            Publisher = document.First<PublisherCredit>()?.Id,
            Sources = document.All<SourceCredit>().Select(s => new SourceRecord(s.Id, s.Name, s.Start, s.End)).ToList(),
            Body = body is null ? null : new SpanRecord(body.Start, body.End),
            Entities = Entities(document),
            Quotes = document.All<Quote>().OrderBy(q => q.Start).Select(q => new QuoteRecord
            {
                Speaker = q.SpeakerId,
                SpeakerText = q.SpeakerSpan is { } span ? document.Text[span.Start..span.End] : null,
                Kind = q.Kind == QuoteKind.Direct ? "direct" : "indirect",
                Text = document.Text[q.Start..q.End],
                Start = q.Start,
                End = q.End,
            }).ToList(),
            Amounts = document.All<Amount>().OrderBy(a => a.Start).Select(a => new AmountRecord
            {
                Text = document.Text[a.Start..a.End], Value = a.Value, Unit = a.Unit, Qualifier = a.Qualifier, Start = a.Start, End = a.End,
            }).ToList(),
            Times = document.All<TimeExpression>().OrderBy(t => t.Start).Select(t => new TimeRecord
            {
                Text = document.Text[t.Start..t.End], Value = t.Value, Grain = t.Grain.ToString().ToLowerInvariant(), Start = t.Start, End = t.End,
            }).ToList(),
            Relations = document.All<Relation>().Select(r => new RelationRecord
            {
                A = r.A, B = r.B, Topics = r.Topics, Tone = Math.Round(r.Tone, 3),
                Evidence = r.Evidence.Select(e => new SpanRecord(e.Start, e.End)).ToList(),
            }).ToList(),
            Text = document.Text,
        };
    }

    private static List<EntityRecord> Entities(Document document)
    {
        var profiles = document.All<EntityProfile>().ToDictionary(p => p.EntityId, StringComparer.Ordinal);
        return document.All<EntityMention>()
            .GroupBy(m => m.EntityId, StringComparer.Ordinal)
            .OrderBy(g => g.Min(m => m.Start))
            .Select(group =>
            {
                var mentions = group.OrderBy(m => m.Start).ToList();
                var profile = profiles.GetValueOrDefault(group.Key);
                var alternatives = mentions.SelectMany(m => m.Alternatives).Distinct(StringComparer.Ordinal).ToList();
                return new EntityRecord
                {
                    Id = group.Key,
                    Type = mentions[0].Type.ToRecordName(),
                    Name = profile?.Name ?? document.Text[mentions[0].Start..mentions[0].End],
                    NameEn = profile?.NameEn,
                    Roles = profile?.Roles.Distinct(StringComparer.Ordinal).ToList() ?? [],
                    Mentions = mentions.Select(m => new MentionRecord(m.Start, m.End, document.Text[m.Start..m.End])).ToList(),
                    Confidence = Math.Round(mentions.Max(m => m.Confidence), 3),
                    Alternatives = alternatives.Count > 0 ? alternatives : null,
                };
            })
            .ToList();
    }
}
