using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Rasd.Web.Pages.Rendering;

/// <summary>
/// A piece of HTML that is safe to write as it is. The only ways to make one are a literal template
/// (<see cref="Html.H"/>, whose every interpolated value is encoded unless it is itself markup) and
/// the encoding of a string, so a stored string can never reach a page unencoded.
/// </summary>
public readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new(string.Empty);

    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Builds markup from an interpolated string: literal parts are written as they are, values encoded.</summary>
[InterpolatedStringHandler]
public ref struct MarkupHandler
{
    private readonly StringBuilder _html;

    public MarkupHandler(int literalLength, int formattedCount) => _html = new StringBuilder(literalLength + (formattedCount * 24));

    public readonly void AppendLiteral(string literal) => _html.Append(literal);

    public readonly void AppendFormatted(Markup markup) => _html.Append(markup.Value);

    public readonly void AppendFormatted(string? value) => _html.Append(Html.Encoder.Encode(value ?? string.Empty));

    public readonly void AppendFormatted<T>(T value) => _html.Append(Html.Encoder.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));

    public readonly void AppendFormatted<T>(T value, string format) where T : IFormattable =>
        _html.Append(Html.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    internal readonly string Build() => _html.ToString();
}

public static class Html
{
    /// <summary>Encodes the characters that mean something in HTML (and quotes, for attributes); Arabic and other letters stay as they are.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static Markup H(MarkupHandler handler) => new(handler.Build());

    public static Markup Text(string? value) => new(Encoder.Encode(value ?? string.Empty));

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>A path segment or query value for a link: escaped for the URL, then encoded for the attribute when interpolated.</summary>
    public static string Url(string value) => Uri.EscapeDataString(value);

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
