using System.Text;
using AngleSharp.Html.Parser;

namespace PerfEval.Extract.Reading.Html;

/// <summary>
/// Finds and applies a page's charset: a byte-order mark first, then the &lt;meta&gt; declaration in the head, else
/// strict UTF-8 with GB18030 as the fall-back (<see cref="TextDecoding.Decode"/>). A declaration that the bytes
/// contradict (declared UTF-8 but invalid) or that names an unknown charset is noted and sniffing decides.
/// </summary>
internal static class HtmlCharset
{
    /// <summary>Browsers look for the meta declaration in the first 1024 bytes; pages saved by editors put it a little later.</summary>
    private const int PrescanBytes = 4096;

    private static readonly HtmlParser HeadParser = new();

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, List<ReaderNote> notes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) || bytes.StartsWith(new byte[] { 0xFF, 0xFE })
            || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
            return TextDecoding.Decode(bytes);

        var declared = Declared(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (declared is null) return TextDecoding.Decode(bytes);

        var name = declared.ToLowerInvariant();
        if (name is "utf-8" or "utf8")
        {
            try
            {
                return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "utf-8");
            }
            catch (DecoderFallbackException)
            {
                notes.Add(new ReaderNote("charset-mismatch", "the page declares UTF-8 but its bytes are not UTF-8; decoded by sniffing", "meta charset"));
                return TextDecoding.Decode(bytes);
            }
        }
        try
        {
            var text = TextDecoding.DecodeAs(bytes, name);
            var isGb = name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn";
            return (text, isGb ? "gb18030" : name);
        }
        catch (ArgumentException)
        {
            notes.Add(new ReaderNote("unknown-charset", $"the page declares an unknown charset \"{declared}\"; decoded by sniffing", "meta charset"));
            return TextDecoding.Decode(bytes);
        }
    }

    /// <summary>
    /// The charset a &lt;meta&gt; tag declares, or null. The head is parsed as Latin-1, which keeps every ASCII
    /// marker intact whatever the real encoding is; no pattern matching on markup.
    /// </summary>
    private static string? Declared(ReadOnlySpan<byte> head)
    {
        var document = HeadParser.ParseDocument(Encoding.Latin1.GetString(head));
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var charset = meta.GetAttribute("charset");
            if (!string.IsNullOrWhiteSpace(charset)) return Clean(charset);
            var equiv = meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (equiv is null || content is null || !equiv.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase)) continue;
            var at = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = content[(at + "charset".Length)..].TrimStart();
            if (!rest.StartsWith('=')) continue;
            rest = rest[1..].Trim().Trim('"', '\'');
            var end = rest.IndexOfAny([';', ' ', '"', '\'']);
            var value = end < 0 ? rest : rest[..end];
            if (value.Length > 0) return Clean(value);
        }
        return null;
    }

    private static string Clean(string charset) => charset.Trim().Trim('"', '\'').Trim();
}
