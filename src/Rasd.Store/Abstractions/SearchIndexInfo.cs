namespace Rasd.Store.Abstractions;

/// <summary>The search engine of a store, how many articles it holds and the bytes its parts take on disk.</summary>
public sealed record SearchIndexInfo(string Engine, long Articles, IReadOnlyList<SearchIndexPart> Parts)
{
    public long Bytes => Parts.Sum(p => p.Bytes);
}

/// <summary>One part of a search index (a Lucene folder, a PostgreSQL index or table) and its size in bytes.</summary>
public sealed record SearchIndexPart(string Name, long Bytes);
