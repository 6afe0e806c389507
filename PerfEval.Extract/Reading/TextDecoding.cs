using System.Text;

namespace PerfEval.Extract.Reading;

/// <summary>
/// Decodes text bytes: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8, and GB18030 (a superset of GBK and
/// GB2312) when the bytes are not valid UTF-8. Bytes that look binary are refused before any decoding.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030, registered once for the whole process.</summary>
    public static Encoding Gb18030 { get; } = RegisterCodePages().GetEncoding("GB18030")!;

    // Field initializers run before a static constructor body, so the provider is registered where it is first needed.
    private static EncodingProvider RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return CodePagesEncodingProvider.Instance;
    }

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return (DecodeUtf8(bytes[3..]), "utf-8-bom");
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (LooksBinary(bytes))
            throw new UnreadableDocumentException(ErrorCodes.Binary, "binary content, not text (control bytes where text would be)");
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (DecodeGb18030(bytes), "gb18030");
        }
    }

    /// <summary>Decodes with a named charset (from an HTML meta tag, say); gb2312 and gbk are read as GB18030, their superset.</summary>
    public static string DecodeAs(ReadOnlySpan<byte> bytes, string charset)
    {
        var name = charset.Trim().ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn") return Gb18030.GetString(bytes);
        return Encoding.GetEncoding(name).GetString(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException(ErrorCodes.Encoding, "marked UTF-8 by its byte-order mark but holds bytes that are not UTF-8");
        }
    }

    private static string DecodeGb18030(ReadOnlySpan<byte> bytes)
    {
        var text = Gb18030.GetString(bytes);
        // GB18030 maps almost any byte sequence; a high share of replacement characters means it was neither encoding.
        var bad = text.Count(c => c == '\uFFFD');
        if (bad > 0 && bad * 50 > text.Length)
            throw new UnreadableDocumentException(ErrorCodes.Encoding, "text in an unknown encoding (neither UTF-8 nor GB18030)");
        return text;
    }

    /// <summary>NUL bytes, or more than 1 % control bytes other than tab, CR, LF and form feed, in the first 64 KiB.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65536)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) control++;
        }
        return control * 100 > sample.Length;
    }
}
