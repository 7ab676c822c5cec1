namespace Rasd.Store.Search;

/// <summary>
/// Okapi BM25, computed by the store itself from its own term and document statistics rather than
/// by FTS5's <c>bm25()</c> or PostgreSQL's <c>ts_rank</c>, which differ: both backends then rank
/// the same matches in the same order.
/// </summary>
public static class Bm25
{
    public const double K1 = 1.2;

    public const double B = 0.75;

    /// <summary>Digits kept of a score; rounding in SQL hides summation-order noise between the backends.</summary>
    public const int ScoreDigits = 6;

    /// <summary>Lucene's always-positive inverse document frequency.</summary>
    public static double Idf(long documentCount, long documentFrequency) =>
        Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
