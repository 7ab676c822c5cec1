using LuceneArabicStemmer = Lucene.Net.Analysis.Ar.ArabicStemmer;

namespace Rasd.Store.Search;

/// <summary>
/// Light stemming of a folded Arabic word with Lucene's <c>ArabicStemmer</c> (the engine of
/// <c>ArabicStemFilter</c>, Larkey's light10): the article and conjunction prefixes
/// (ال وال بال كال فال لل و) and the common suffixes (ها ان ات ون ين يه ية ه ة ي) are removed, so
/// <c>العلاقات</c> and <c>علاقات</c> both become <c>علاق</c>. The stemmer is called directly rather
/// than through a token stream because the index keeps the pipeline's own tokens and offsets.
/// </summary>
public static class ArabicLightStemmer
{
    private static readonly LuceneArabicStemmer Stemmer = new();

    public static string Stem(string foldedWord)
    {
        if (foldedWord.Length < 3)
        {
            return foldedWord;
        }
        var buffer = foldedWord.ToCharArray();
        var length = Stemmer.Stem(buffer, buffer.Length);
        return length == buffer.Length ? foldedWord : new string(buffer, 0, length);
    }
}
