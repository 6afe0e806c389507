using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Tests.Reading;

public sealed class HtmlFragmentTests
{
    [Theory]
    [InlineData("plain  text ", new[] { "plain text" })]
    [InlineData("<p> a </p>\n<p>b</p>", new[] { "a", "b" })]
    [InlineData("<div><span>x<b>y</b></span></div>z", new[] { "xy", "z" })]
    [InlineData("a<br/>b<br>c", new[] { "a", "b", "c" })]
    [InlineData("&lt;tag&gt; &#x4E2D;&#25991;", new[] { "<tag> 中文" })]
    [InlineData("<p>\u00A0</p>", new string[0])]
    [InlineData("<script>x()</script>visible", new[] { "visible" })]
    public void Cell_markup_becomes_clean_paragraphs(string html, string[] expected)
    {
        Assert.Equal(expected, HtmlFragment.ToParagraphs(html));
    }
}
