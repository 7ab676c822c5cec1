using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>
/// Reads a person's name that no data file knows where the context announces one: after a title
/// (وزير الزراعة الكيني بيتر موانغي، نائب وزير النقل التركي، سليم أوزدمير) or from a
/// known given name on (فلاديمير زاباروف). The name runs over words that can be part of a name and
/// stops at punctuation, a word already named, a function word, a reporting verb, a title, a
/// state adjective, «and» before another person's name, or a word real news almost never uses inside a name (the bulk corpus's word
/// statistics: عزمه، زيارة). A name is two words at least: one word alone is too often not a name.
/// </summary>
internal sealed class UnknownNameReader(KnowledgeBase knowledge, Document document, ArticleEntities article)
{
    private const int MaxWords = 4;

    private readonly NameEvidence _evidence = new(knowledge);

    /// <summary>Below this share of name occurrences, a word seen often in the corpus is a common word.</summary>
    private const double CommonWordNameShare = 0.15;

    /// <summary>Occurrences from which a word's name share is trusted.</summary>
    private const int TrustedOccurrences = 20;

    /// <summary>Occurrences from which a word is so common that only its name share, never the context, lets it into a name.</summary>
    private const int FrequentWordOccurrences = 300;

    /// <summary>Words of a compound name after which a word with the article belongs to the name (عبد الرحمن، أبو الغيط، بن سلمان).</summary>
    internal static readonly HashSet<string> CompoundHeads = ["عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ال", "ذو", "ذي"];

    /// <summary>
    /// The end of the name starting at <paramref name="start"/>, or null when the words there cannot
    /// be a name; with <paramref name="firstIsName"/>, the first word is known to be a name (a given name).
    /// </summary>
    /// <param name="contextNamesIt">
    /// The context alone shows a name stands here (after a reporting verb and before the title that
    /// closes it: وقالت صفاء نسيم المسؤولة …): a word the corpus seldom shows as a name may be
    /// part of it unless the word is frequent (تداعيات، قرار), where its statistics still decide.
    /// </param>
    public int? NameEnd(int start, int end, bool firstIsName = false, bool contextNamesIt = false)
    {
        var tokens = document.Tokens;
        var stop = start;
        while (stop < end && stop - start < MaxWords)
        {
            if (stop > start && document.PunctuationBetween(stop - 1, stop))
            {
                break;
            }
            if (article.IsCovered(stop) || (stop > start && (KnownBodyAt(knowledge.Gazetteer, document, stop) || OpensFormula(stop)))
                || (!(firstIsName && stop == start) && !CanBePartOfName(stop, stop > start ? tokens[stop - 1].Text : null, contextNamesIt)))
            {
                break;
            }
            stop++;
        }
        stop = WithoutTrailingHeads(tokens, start, stop);
        return stop - start >= 2 ? stop : null;
    }

    /// <summary>Whether a pious formula that follows a name starts at the token (عثمان رضي الله عنه): the name ends before it.</summary>
    internal bool OpensFormula(int token) => knowledge.Roles.NameFormulas.LongestAt(document.Normalized.Text, document.Tokens, token) is not null;

    /// <summary>
    /// Where a name read up to <paramref name="stop"/> ends once it no longer ends on the head of a
    /// compound (عبد، أبو، بن، آل), which belongs to the words after it; never before <paramref name="floor"/>.
    /// </summary>
    internal static int WithoutTrailingHeads(IReadOnlyList<Token> tokens, int floor, int stop)
    {
        while (stop > floor && CompoundHeads.Contains(tokens[stop - 1].Text))
        {
            stop--;
        }
        return stop;
    }

    /// <summary>
    /// Whether a known organization, outlet or place of several words (بي بي سي، لفرانس برس), or a
    /// one-word organization, outlet or country as written, starts at the token: a name runs up to
    /// it (بول أدامز بي بي سي is a person and the BBC; الحظر علي إيران is no name); a one-word form
    /// read through a proclitic (ل + إفي in لافي) is too often part of the name.
    /// </summary>
    internal static bool KnownBodyAt(Gazetteer gazetteer, Document document, int token) =>
        gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, token) is { } known
        && known.Values.Any(f => f.Kind != NameFormKind.CreditOnly && f.Entry.Type != EntityType.Person
            && (known.TokenEnd - known.TokenStart >= 2 || (known.PrefixLength == 0 && f.Entry.Type is EntityType.Org or EntityType.Agency or EntityType.Country)));

    private bool CanBePartOfName(int token, string? previous, bool contextNamesIt)
    {
        var word = document.Tokens[token].Text;
        if (word.Length < 2 || !ArabicLetters.IsWord(word))
        {
            return false;
        }
        if (WrittenGivenNames.At(knowledge, document, token) is int prefix)
        {
            // With «and» inside a name, another person's name starts (أحمد حجازي وعلي جبر).
            return previous is null || prefix == 0;
        }
        if (knowledge.FunctionWords.Contains(word) || knowledge.Reporting.Complementizers.Contains(word) || IsReportingWord(word)
            || (previous is not null && _evidence.StartsAnotherPerson(word)))
        {
            return false;
        }
        if (knowledge.Roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, token) is not null
            || knowledge.Roles.Modifiers.LongestAt(document.Normalized.Text, document.Tokens, token) is not null)
        {
            return false;
        }
        if (IsStateAdjective(knowledge.Gazetteer, word) || IsPrepositionBeforeArticle(word) || (previous is not null && IsAndWithOrdinaryWord(word)))
        {
            return false;
        }
        var definite = word.StartsWith("ال", StringComparison.Ordinal);
        var counts = knowledge.WordNames.Of(word);
        if (contextNamesIt && !definite && counts is not { Occurrences: >= FrequentWordOccurrences })
        {
            return true;
        }
        var trusted = counts is { Occurrences: >= TrustedOccurrences };
        if (definite && !(previous is not null && CompoundHeads.Contains(previous)))
        {
            // A word with the article too rare to have statistics, right after a given name, is the
            // surname (علي الخشيبان، سامي الفرحان): Arabic surnames are mostly such nisbas, seldom a
            // plural of people (يحيي الإيزيديون is «salutes the Yazidis»).
            return trusted
                ? counts!.Value.PersonShare >= 0.5
                : previous is not null && !word.EndsWith("ون", StringComparison.Ordinal) && _evidence.GivenNameAt(document, token - 1) is not null;
        }
        return !trusted || counts!.Value.NameShare >= CommonWordNameShare;
    }

    /// <summary>
    /// Whether a word is «and» before a word real news seldom uses inside a person's name (ومعهد،
    /// والزميل), and no such name word as written (وجدي): after a name's first word it joins the
    /// next phrase, not the name (بني علي ومعهد الخير).
    /// </summary>
    private bool IsAndWithOrdinaryWord(string word) =>
        word.Length > 3 && word[0] == 'و'
        && knowledge.WordNames.Of(word[1..]) is { Occurrences: >= TrustedOccurrences } bare && bare.PersonShare < CommonWordNameShare
        && knowledge.WordNames.Of(word) is not { Occurrences: >= TrustedOccurrences, PersonShare: >= CommonWordNameShare };

    /// <summary>Whether a word is ل before the article (للعلوم، للتنمية): a phrase that names what a body is for, never a word of a person's name.</summary>
    private static bool IsPrepositionBeforeArticle(string word) => word.Length > 4 && word.StartsWith("لل", StringComparison.Ordinal);

    private bool IsReportingWord(string word)
    {
        foreach (var (stem, _) in Clitics.Readings(word))
        {
            if (knowledge.Reporting.Verbs.ContainsKey(stem) || knowledge.Reporting.Participles.ContainsKey(stem))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word, with or without the article, is a state's nisba (الروسي، روسية), never part of a name.</summary>
    internal static bool IsStateAdjective(Gazetteer gazetteer, string word)
    {
        var stem = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        if (stem.EndsWith('ه'))
        {
            stem = stem[..^1];
        }
        return gazetteer.NisbaStems.ContainsKey(stem);
    }
}
