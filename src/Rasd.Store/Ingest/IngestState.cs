namespace Rasd.Store.Ingest;

/// <summary>What is already committed: every stored id, and the MinHash fingerprints of the originals in ingest order.</summary>
public sealed record IngestState(IReadOnlySet<string> StoredIds, IReadOnlyList<(string Id, uint[] Fingerprint)> Originals);
