using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>
/// Reads titles and person nouns with what qualifies them (الرئيس القيرغيزستاني، نائب وزير الخارجية
/// الروسي، السفير الروسي لدى كازاخستان). Before a name, the phrase is that person's role; standing
/// alone, it refers back to a person and is resolved to one.
/// </summary>
internal sealed class RoleReader(KnowledgeBase knowledge, Document document, ArticleEntities article)
{
    private static readonly HashSet<string> Linkers = ["لدي", "في", "باسم", "عن"];
    private const int MaxQualifierTokens = 8;
    private readonly UnknownNameReader _names = new(knowledge, document, article);

    public void Read(int first, int end)
    {
        var tokens = document.Tokens;
        var normalized = document.Normalized.Text;
        var i = first;
        while (i < end)
        {
            var role = article.IsCovered(i) ? null : knowledge.Roles.Phrases.LongestAt(normalized, tokens, i);
            if (role is null || role.TokenEnd > end)
            {
                i++;
                continue;
            }
            var word = role.Values[0];
            if (!word.IsTitle && QualifiesNounBefore(i))
            {
                // الجهة المسؤولة، الحل الدبلوماسي: an adjective, not a person.
                i = role.TokenEnd;
                continue;
            }
            var roleEnd = ComposedEnd(i, role.TokenEnd, end);
            var (qualifiedEnd, country, body) = Qualifiers(roleEnd, end);
            var feminine = IsFeminine(tokens[i].Text);
            var nameAt = NameAfter(qualifiedEnd, end);
            var person = nameAt < end && !BreaksBetween(nameAt) ? article.MentionAt(nameAt) : null;
            if (person is null && word.IsTitle && nameAt < end && !BreaksBetween(nameAt) && !article.IsCovered(nameAt) && _names.NameEnd(nameAt, end) is int nameEnd)
            {
                // A title announces a name no data file knows (وزير الزراعة الكيني بيتر موانغي).
                var name = string.Join(' ', tokens.Skip(nameAt).Take(nameEnd - nameAt).Select(t => t.Text));
                article.AddMention(nameAt, nameEnd, 0, EntityStage.UnknownId(EntityType.Person, name), EntityType.Person, 0.6, "title-name", []);
                person = article.MentionAt(nameAt);
            }
            var (start, stop) = document.OriginalSpan(i, qualifiedEnd);
            stop = document.BalancedEnd(start, stop);
            var roleText = document.Text[start..stop].Trim(' ', '-', '،', ',');
            if (person is { Type: EntityType.Person } named)
            {
                if (word.IsTitle)
                {
                    article.AddRole(named.Id, roleText, word.Kind, country, feminine);
                }
                i = nameAt;
                continue;
            }
            if (knowledge.Roles.PrivateKinds.Contains(word.Kind) && i > first && !document.PunctuationBetween(i - 1, i) && article.PersonEndingAt(i) is { } described)
            {
                // كلارا فينسترهولم الخبيرة في الشؤون الروسية: a private role right after a name describes that person.
                article.AddRole(described, roleText, word.Kind, null, feminine);
                i = qualifiedEnd;
                continue;
            }
            var plural = Clitics.AnyReadingIn(tokens[roleEnd - 1].Text, knowledge.Roles.PluralGeneric);
            // Definite titles refer back: with the article (الرئيس، المتحدث باسم الكرملين), in a
            // construct whose last noun has it (وزير الخارجية، نائب وزير الدفاع), or in a construct
            // with a name (سفير روسيا). An indefinite one introduces someone unnamed (مسؤول أمريكي،
            // مسؤول بوزارة الخارجية، وزير سابق), whom a later definite noun of its kind refers to.
            var inConstruct = roleEnd < end && !BreaksBetween(roleEnd) && (tokens[roleEnd].Text.StartsWith("ال", StringComparison.Ordinal) || IsConstructWithName(roleEnd));
            var referential = word.Kind == "counterpart"
                || Clitics.Readings(tokens[i].Text).Any(r => r.Stem.StartsWith("ال", StringComparison.Ordinal))
                || (roleEnd - i > 1 && tokens[roleEnd - 1].Text.StartsWith("ال", StringComparison.Ordinal))
                || (qualifiedEnd > roleEnd && inConstruct);
            if (!plural && !referential && word.Kind != "honorific" && IntroducesUnnamed(roleEnd, qualifiedEnd, end))
            {
                article.AddUnnamedPerson(i, word.Kind, country ?? IndefiniteStateAt(roleEnd, end));
            }
            else if (!plural && referential && word.Kind != "honorific" && article.ResolveRole(word.Kind, country, i, feminine, body is not null && country is null) is { } referent)
            {
                article.AddRoleMention(i, qualifiedEnd, referent);
                if (word.IsTitle && country is not null)
                {
                    article.AddRole(referent, roleText, word.Kind, country, feminine);
                }
            }
            i = qualifiedEnd;
        }
    }

    /// <summary>
    /// Whether an adjectival person noun at a token (المسؤول، الدبلوماسي) qualifies the definite
    /// noun or the pronoun right before it (الجهة المسؤولة، الحل الدبلوماسي، هي المسؤولة عن)
    /// rather than naming a person: nothing between them, and the word before is no name and no title.
    /// </summary>
    private bool QualifiesNounBefore(int token)
    {
        var tokens = document.Tokens;
        if (token == 0 || document.PunctuationBetween(token - 1, token) || article.IsCovered(token - 1)
            || !Clitics.AnyReadingIn(tokens[token].Text, knowledge.Roles.AdjectivalGeneric))
        {
            return false;
        }
        var before = tokens[token - 1].Text;
        return (before.StartsWith("ال", StringComparison.Ordinal) || before is "هو" or "هي" or "هم" or "هما")
            && knowledge.Roles.Phrases.LongestAt(document.Normalized.Text, tokens, token - 1) is null;
    }

    /// <summary>
    /// Whether an indefinite title or person noun stands for someone the text leaves unnamed: it
    /// ends its phrase (قال مسؤول إن، صرح مسؤول:), or what follows is an indefinite adjective
    /// (مسؤول فرنسي) or a phrase after a preposition (مسؤول في البيت الأبيض، مسؤول بوزارة
    /// الخارجية). Any other word may be in construct with it (وزير خارجيته) or it may be counted (40 رئيس دولة).
    /// </summary>
    private bool IntroducesUnnamed(int roleEnd, int qualifiedEnd, int end)
    {
        if (roleEnd >= end || BreaksBetween(roleEnd))
        {
            return true;
        }
        if (qualifiedEnd > roleEnd)
        {
            return Linkers.Contains(document.Tokens[roleEnd].Text) || article.IsPrefixedAt(roleEnd) || article.IsIndefiniteAdjectiveAt(roleEnd);
        }
        return knowledge.FunctionWords.Contains(document.Tokens[roleEnd].Text) || IndefiniteStateAt(roleEnd, end) is not null;
    }

    /// <summary>The state an indefinite adjective at a token names (فرنسي، روسية) as its code, or null.</summary>
    private string? IndefiniteStateAt(int token, int end) =>
        token < end && !BreaksBetween(token) && knowledge.Gazetteer.StateOfIndefiniteAdjective(document.Tokens[token].Text) is { } id
        && id.StartsWith("country:", StringComparison.Ordinal) ? id[^2..] : null;

    /// <summary>
    /// Whether a name right after an indefinite title is in construct with it and makes it
    /// definite (سفير روسيا، وزير خارجية قطر), as a definite noun does (وزير الخزانة الأمريكي): not an
    /// indefinite adjective (مسؤول روسي) nor a name after a preposition (مسؤول بوزارة الخارجية،
    /// متحدث باسم الجيش).
    /// </summary>
    private bool IsConstructWithName(int token) =>
        !Linkers.Contains(document.Tokens[token].Text) && article.MentionAt(token) is not null
        && !article.IsPrefixedAt(token) && !article.IsIndefiniteAdjectiveAt(token);

    /// <summary>
    /// Where a title ends when a longer title starts on its last word: نائب وزير + وزير الدفاع is
    /// one title, نائب وزير الدفاع, whatever combinations the lexicon lists whole.
    /// </summary>
    private int ComposedEnd(int start, int roleEnd, int end)
    {
        while (roleEnd - 1 > start
            && knowledge.Roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, roleEnd - 1) is { } next
            && next.TokenEnd > roleEnd && next.TokenEnd <= end && next.Values.Any(v => v.IsTitle))
        {
            roleEnd = next.TokenEnd;
        }
        return roleEnd;
    }

    /// <summary>
    /// Where the name a title introduces starts: right after the title, after a time adverb
    /// (وقتها), or after one or two unknown words that are the first names of a surname the
    /// gazetteer knows (ألمظ بك أتامباييف).
    /// </summary>
    private int NameAfter(int k, int end)
    {
        while (k < end && !BreaksBetween(k) && knowledge.Roles.GapWords.Contains(document.Tokens[k].Text))
        {
            k++;
        }
        if (k >= end || article.MentionAt(k) is not null)
        {
            return k;
        }
        for (var skip = 1; skip <= 2 && k + skip < end; skip++)
        {
            if (article.IsCovered(k + skip - 1) || BreaksBetween(k + skip))
            {
                break;
            }
            if (article.IsSurnameOnly(k + skip))
            {
                return k + skip;
            }
        }
        return k;
    }

    /// <summary>Modifiers, countries, nisba adjectives, organizations and «لدى X» that complete a title; the first country is the one the role serves, the first body the one it speaks for.</summary>
    private (int End, string? Country, string? Body) Qualifiers(int k, int end)
    {
        string? country = null;
        string? body = null;
        var limit = Math.Min(end, k + MaxQualifierTokens);
        while (k < limit && !BreaksBetween(k))
        {
            var modifier = knowledge.Roles.Modifiers.LongestAt(document.Normalized.Text, document.Tokens, k);
            if (modifier is not null)
            {
                k = modifier.TokenEnd;
                continue;
            }
            if (article.MentionAt(k) is { Type: EntityType.Country or EntityType.Org or EntityType.Agency or EntityType.City } mention)
            {
                country ??= CountryOf(mention.Id, mention.Type);
                body ??= mention.Type is EntityType.Org or EntityType.Agency ? mention.Id : null;
                k = mention.End;
                continue;
            }
            if (k + 1 < limit && Linkers.Contains(document.Tokens[k].Text) && article.MentionAt(k + 1) is { Type: EntityType.Country or EntityType.Org or EntityType.Agency } linked)
            {
                country ??= CountryOf(linked.Id, linked.Type);
                body ??= linked.Type is EntityType.Org or EntityType.Agency ? linked.Id : null;
                k = linked.End;
                continue;
            }
            if (k + 1 < limit && document.Tokens[k].Text.StartsWith("ال", StringComparison.Ordinal) && !article.IsCovered(k) && !BreaksBetween(k + 1)
                && article.MentionAt(k + 1) is { Type: EntityType.Country } state && state.End == k + 2)
            {
                // An institution named by its state (المتحدث باسم الحكومة الروسية، سفير الرئاسة الفرنسية).
                country ??= CountryOf(state.Id, state.Type);
                k = state.End;
                continue;
            }
            if (!article.IsCovered(k) && document.Tokens[k].Text.StartsWith("ال", StringComparison.Ordinal) && UnknownNameReader.IsStateAdjective(knowledge.Gazetteer, document.Tokens[k].Text))
            {
                // الصحفي الفرنسي: a nationality, which names no state there, still qualifies the role
                // (an indefinite one after an indefinite noun introduces someone unnamed: مسؤول سعودي).
                k++;
                continue;
            }
            var noun = knowledge.Credits.OutletNouns.LongestAt(document.Normalized.Text, document.Tokens, k);
            if (noun is not null && noun.TokenEnd < limit && article.MentionAt(noun.TokenEnd) is { Type: EntityType.Agency or EntityType.Org } outlet)
            {
                k = outlet.End;
                continue;
            }
            break;
        }
        return (k, country, body);
    }

    /// <summary>Whether a title or person noun is feminine (الوزيرة، المسؤولة، نائبة): its head ends in ة.</summary>
    private static bool IsFeminine(string word)
    {
        var head = Clitics.Readings(word).Select(r => r.Stem).LastOrDefault(stem => stem.StartsWith("ال", StringComparison.Ordinal)) is { } definite ? definite[2..] : word;
        return head.Length > 3 && head[^1] == 'ه';
    }

    private string? CountryOf(string id, EntityType type) =>
        type == EntityType.Country ? id[^2..] : knowledge.Gazetteer.Find(id)?.Country is { Length: 2 } code && type == EntityType.Org ? code : null;

    /// <summary>
    /// Whether sentence punctuation separates token k from the one before it. Parentheses around
    /// one name do not (المتحدث باسم الحكومة الروسية (الكرملين)، ديمتري بيسكوف): an aside that
    /// only names what the title serves.
    /// </summary>
    private bool BreaksBetween(int k)
    {
        if (k == 0)
        {
            return false;
        }
        var text = document.Normalized.Text;
        for (var c = document.Tokens[k - 1].End; c < document.Tokens[k].Start; c++)
        {
            if (text[c] is '.' or '؟' or '?' or '!' or ':' or '\n' or '؛'
                || (text[c] == '(' && !ParenthesizedMentionAt(k))
                || (text[c] == ')' && !ParenthesizedMentionEndsAt(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether token k starts a mention that a closing parenthesis follows.</summary>
    private bool ParenthesizedMentionAt(int k) =>
        article.MentionAt(k) is { } mention && mention.End < document.Tokens.Count && GapHas(mention.End, ')');

    /// <summary>Whether the mention ending right before token k started after an opening parenthesis.</summary>
    private bool ParenthesizedMentionEndsAt(int k)
    {
        for (var start = k - 1; start >= Math.Max(0, k - MaxQualifierTokens); start--)
        {
            if (article.MentionAt(start) is { } mention && mention.End == k)
            {
                return GapHas(start, '(');
            }
        }
        return false;
    }

    private bool GapHas(int k, char mark)
    {
        var text = document.Normalized.Text;
        for (var c = k == 0 ? 0 : document.Tokens[k - 1].End; c < document.Tokens[k].Start; c++)
        {
            if (text[c] == mark)
            {
                return true;
            }
        }
        return false;
    }
}
