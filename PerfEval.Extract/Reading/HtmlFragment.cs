using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PerfEval.Extract.Reading;

/// <summary>
/// Turns HTML-bearing cell content into clean paragraphs: entities decoded, &lt;p&gt; and block elements and &lt;br&gt;
/// as paragraph breaks, &amp;nbsp; and runs of white space folded to one space. Shared by every reader that meets markup.
/// </summary>
public static class HtmlFragment
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "TABLE", "UL", "OL", "BLOCKQUOTE", "SECTION", "ARTICLE", "PRE",
    };

    /// <summary>Paragraphs of a cell's raw content. Plain text without markup is only white-space folded.</summary>
    public static IReadOnlyList<string> ToParagraphs(string content)
    {
        if (content.IndexOf('<') < 0 && content.IndexOf('&') < 0)
        {
            var plain = Whitespace.Fold(content);
            return plain.Length == 0 ? [] : [plain];
        }
        var body = Parser.ParseDocument("<!DOCTYPE html><html><body>" + content + "</body></html>").Body!;
        return ParagraphsOf(body);
    }

    /// <summary>Paragraphs of an element already parsed (an HTML table cell, say).</summary>
    public static IReadOnlyList<string> ParagraphsOf(INode element)
    {
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();
        Walk(element, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>Deepest element nesting walked; below it an element is read as its text, so recursion stays bounded.</summary>
    public const int MaxDepth = 256;

    private static void Walk(INode node, System.Text.StringBuilder current, List<string> paragraphs, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            current.Append(node.TextContent);
            return;
        }
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement { TagName: "BR" }:
                    Flush(current, paragraphs);
                    break;
                case IElement { TagName: "SCRIPT" or "STYLE" or "TEMPLATE" }:
                    break;
                case IElement element when BlockTags.Contains(element.TagName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs, depth + 1);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs, depth + 1);
                    break;
            }
        }
    }

    private static void Flush(System.Text.StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0) return;
        var text = Whitespace.Fold(current.ToString());
        current.Clear();
        if (text.Length > 0) paragraphs.Add(text);
    }
}
