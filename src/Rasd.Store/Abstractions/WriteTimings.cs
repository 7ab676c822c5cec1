namespace Rasd.Store.Abstractions;

/// <summary>
/// Where a store's writes spent their time since it was opened, by part of the batch, so that an
/// ingest can say which part of the writer holds it back. Measured on the writing thread, wall time.
/// </summary>
public sealed class WriteTimings
{
    public int Batches { get; private set; }

    /// <summary>Finding the articles already stored and inserting the article and fact rows.</summary>
    public TimeSpan Rows { get; private set; }

    /// <summary>Deciding the identity of the ids met for the first time.</summary>
    public TimeSpan Identity { get; private set; }

    /// <summary>Committing the database transaction.</summary>
    public TimeSpan Commit { get; private set; }

    /// <summary>Indexing the batch's articles for search (and committing the index, when due).</summary>
    public TimeSpan SearchIndex { get; private set; }

    public TimeSpan Total => Rows + Identity + Commit + SearchIndex;

    public void Add(TimeSpan rows, TimeSpan identity, TimeSpan commit, TimeSpan searchIndex)
    {
        Batches++;
        Rows += rows;
        Identity += identity;
        Commit += commit;
        SearchIndex += searchIndex;
    }
}
