using Rasd.Fuzz.Checks;
using Rasd.Input;

namespace Rasd.Fuzz.Targets;

/// <summary>
/// Bytes streamed as a TREC file of <c>&lt;DOC&gt;</c> records, with a small per-record limit so
/// that oversized records are reached too. Each item must keep the readers' promises, and a record
/// left open can only be reported last.
/// </summary>
public sealed class TrecTarget : IFuzzTarget
{
    public const int MaxRecordBytes = 4096;
    private const string Source = "fuzz.trec";

    public string Name => "trec";

    public string Description => "TrecDocumentReader (a stream of <DOC> records to articles and problems)";

    public void Run(byte[] input)
    {
        var items = TrecDocumentReader.Read(Source, Source, new MemoryStream(input), MaxRecordBytes).ToList();
        foreach (var item in items)
        {
            InputItemCheck.Verify(item, Source);
        }
        var unclosed = items.FindIndex(i => i.Problem?.Reason.Contains("never closed", StringComparison.Ordinal) == true);
        if (unclosed >= 0 && unclosed != items.Count - 1)
        {
            throw new InvariantViolation("a record left open is reported before the end of the file");
        }
        if (items.Count == 0)
        {
            throw new InvariantViolation("a TREC file yields neither an article nor a problem");
        }
    }
}
