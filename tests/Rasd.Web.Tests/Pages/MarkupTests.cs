using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Tests.Pages;

/// <summary>The one way pages are written: interpolated values are encoded unless they are markup already.</summary>
public sealed class MarkupTests
{
    [Fact]
    public void Interpolated_strings_are_encoded_and_arabic_stays_readable()
    {
        var value = "<a href='x'>\"روسيا\" & كازاخستان</a>";
        var html = H($"<p title=\"{value}\">{value}</p>").Value;
        Assert.Equal("<p title=\"&lt;a href=&#x27;x&#x27;&gt;&quot;روسيا&quot; &amp; كازاخستان&lt;/a&gt;\">&lt;a href=&#x27;x&#x27;&gt;&quot;روسيا&quot; &amp; كازاخستان&lt;/a&gt;</p>", html);
    }

    [Fact]
    public void Markup_is_written_as_it_is_and_numbers_invariantly()
    {
        var inner = H($"<b>{"<i>"}</b>");
        Assert.Equal("<p><b>&lt;i&gt;</b> 1.5 1,234</p>", H($"<p>{inner} {1.5} {Number(1234)}</p>").Value);
        Assert.Equal("&lt;x&gt;&lt;y&gt;", Join([Html.Text("<x>"), Html.Text("<y>")]).Value);
    }

    [Fact]
    public void Null_values_write_nothing() => Assert.Equal("<p></p>", H($"<p>{(string?)null}</p>").Value);
}
