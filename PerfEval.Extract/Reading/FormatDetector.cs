using System.IO.Compression;
using System.Text;

namespace PerfEval.Extract.Reading;

/// <summary>
/// Finds a document's format from its content: magic bytes, zip part names, markup sniffing. The file name's extension
/// is only a hint, used when the content allows more than one reading. Unusable content is refused with a reason.
/// </summary>
public static class FormatDetector
{
    public static DocumentFormat Detect(ReadOnlySpan<byte> bytes, string? fileName = null)
    {
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(ErrorCodes.Empty, "the file is empty");

        if (IndexOf(bytes[..Math.Min(bytes.Length, 1024)], "%PDF-"u8) >= 0) return DocumentFormat.Pdf;
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8)) return DetectZip(bytes.ToArray());
        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            throw new UnreadableDocumentException(ErrorCodes.UnsupportedFormat,
                "a legacy Word/Excel binary file (.doc/.xls); save it as .docx or .xlsx first");
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 })) throw Image("PNG");
        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) throw Image("JPEG");
        if (bytes.StartsWith("GIF8"u8)) throw Image("GIF");
        if (bytes.StartsWith("{\\rtf"u8))
            throw new UnreadableDocumentException(ErrorCodes.UnsupportedFormat, "an RTF document; save it as .docx first");
        if (bytes.StartsWith(new byte[] { 0x1F, 0x8B }) || bytes.StartsWith("7z"u8) || bytes.StartsWith("Rar!"u8))
            throw new UnreadableDocumentException(ErrorCodes.UnsupportedFormat, "a compressed archive; unpack it first");

        if (LooksLikeHtml(bytes)) return DocumentFormat.Html;
        if (HasOfficeExtension(fileName) && !TextDecoding.LooksBinary(bytes) && bytes.IndexOf((byte)'\t') < 0)
        {
            // Plain text under an office name and without a single tab cannot be a text dump; say what it is instead of "no table".
            var kind = bytes.IndexOf((byte)',') >= 0 ? "comma-separated text (a CSV)" : "plain text";
            throw new UnreadableDocumentException(ErrorCodes.UnsupportedFormat,
                $"named {Path.GetFileName(fileName)} but holds {kind}, not an office document; open it in a spreadsheet or word processor and save it as .xlsx or .docx");
        }
        return DocumentFormat.Text;
    }

    private static bool HasOfficeExtension(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() is ".xlsx" or ".xls" or ".docx" or ".doc" or ".xlsm" or ".docm";

    private static UnreadableDocumentException Image(string kind) =>
        new(ErrorCodes.Binary, $"a {kind} image, not a table document (a scan needs OCR first)");

    private static DocumentFormat DetectZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml")) return DocumentFormat.Docx;
            if (names.Contains("xl/workbook.xml")) return DocumentFormat.Xlsx;
            throw new UnreadableDocumentException(ErrorCodes.UnsupportedFormat, "a zip archive that is neither a DOCX nor an XLSX document");
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException(ErrorCodes.BrokenArchive, $"a broken zip archive ({e.Message.TrimEnd('.')})");
        }
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        if (TextDecoding.LooksBinary(head)) return false;
        // ASCII-only sniffing is enough: the markers are ASCII in UTF-8, GB18030 and Latin-1 alike.
        var text = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('<')) return false;
        var lower = text.ToLowerInvariant();
        return lower.StartsWith("<!doctype html") || lower.Contains("<html") || lower.Contains("<table") || lower.Contains("<body");
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle);
}
