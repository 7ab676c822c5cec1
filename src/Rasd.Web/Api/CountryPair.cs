using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Rasd.Web.Api;

/// <summary>Two different ISO country codes as a URL names them (<c>KZ-RU</c>), in the order given.</summary>
public sealed partial record CountryPair(string A, string B)
{
    public string EntityA => $"country:{A}";

    public string EntityB => $"country:{B}";

    public override string ToString() => $"{A}-{B}";

    public static bool TryParse(string? value, [NotNullWhen(true)] out CountryPair? pair)
    {
        pair = null;
        if (value is null || PairPattern().Match(value) is not { Success: true } match)
        {
            return false;
        }
        var a = match.Groups[1].Value.ToUpperInvariant();
        var b = match.Groups[2].Value.ToUpperInvariant();
        if (a == b)
        {
            return false;
        }
        pair = new CountryPair(a, b);
        return true;
    }

    [GeneratedRegex("^([A-Za-z]{2})-([A-Za-z]{2})$")]
    private static partial Regex PairPattern();
}
