using System.Text.RegularExpressions;

namespace Rasd.Data;

/// <summary>Line patterns that frame an article without belonging to it (data/lexicons/boilerplate.json).</summary>
public sealed class BoilerplatePatterns(BoilerplatePatterns.PatternFile file)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public Regex LanguageMenu { get; } = new(file.LanguageMenu, Options, Timeout);

    public Regex Counter { get; } = new(file.Counter, Options, Timeout);

    public Regex PhotoCredit { get; } = new(file.PhotoCredit, Options, Timeout);

    public Regex SourceCredit { get; } = new(file.SourceCredit, Options, Timeout);

    public Regex ShareLine { get; } = new(file.ShareLine, Options, Timeout);

    public sealed record PatternFile(string LanguageMenu, string Counter, string PhotoCredit, string SourceCredit, string ShareLine);
}
