using System.Text.Json.Serialization;

namespace Rasd.Records;

/// <summary>The analysis record of one article (spec/analysis-json.md, schema 1). Every part of Rasd speaks this shape.</summary>
public sealed record AnalysisRecord
{
    public int Schema { get; init; } = 1;

    public required string Id { get; init; }

    public required string File { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public string Language { get; init; } = "ar";

    public string? Publisher { get; init; }

    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];

    public SpanRecord? Body { get; init; }

    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];

    public IReadOnlyList<QuoteRecord> Quotes { get; init; } = [];

    public IReadOnlyList<AmountRecord> Amounts { get; init; } = [];

    public IReadOnlyList<TimeRecord> Times { get; init; } = [];

    public IReadOnlyList<RelationRecord> Relations { get; init; } = [];

    /// <summary>The version of the pipeline that produced the record.</summary>
    public string PipelineVersion { get; init; } = Pipeline.AnalysisPipeline.Version;

    /// <summary>The text every offset refers to.</summary>
    public required string Text { get; init; }
}

public sealed record SpanRecord(int Start, int End);

public sealed record SourceRecord(string Id, string Name, int Start, int End);

public sealed record MentionRecord(int Start, int End, string Text);

public sealed record EntityRecord
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    [JsonPropertyName("name_en")]
    public string? NameEn { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<MentionRecord> Mentions { get; init; } = [];

    /// <summary>How sure the resolution is, in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Other ids the mentions could name, when resolution could not decide.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Alternatives { get; init; }
}

public sealed record QuoteRecord
{
    public string? Speaker { get; init; }

    [JsonPropertyName("speaker_text")]
    public string? SpeakerText { get; init; }

    public required string Kind { get; init; }

    public required string Text { get; init; }

    public int Start { get; init; }

    public int End { get; init; }
}

public sealed record AmountRecord
{
    public required string Text { get; init; }

    public double? Value { get; init; }

    public required string Unit { get; init; }

    public string Qualifier { get; init; } = "exact";

    public int Start { get; init; }

    public int End { get; init; }
}

public sealed record TimeRecord
{
    public required string Text { get; init; }

    public string? Value { get; init; }

    public required string Grain { get; init; }

    public int Start { get; init; }

    public int End { get; init; }
}

public sealed record RelationRecord
{
    public required string A { get; init; }

    public required string B { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public double Tone { get; init; }

    public IReadOnlyList<SpanRecord> Evidence { get; init; } = [];
}
