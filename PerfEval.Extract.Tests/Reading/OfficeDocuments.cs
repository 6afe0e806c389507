using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>Small DOCX documents and hostile zips built in memory, so each test shows the structure it reads.</summary>
internal static class OfficeDocuments
{
    public static byte[] Docx(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(body));
        }
        return stream.ToArray();
    }

    public static W.Paragraph P(params string[] runs) =>
        new(runs.Select(r => (OpenXmlElement)new W.Run(new W.Text(r) { Space = SpaceProcessingModeValues.Preserve })));

    public static W.Paragraph PageBreak() => new(new W.Run(new W.Break { Type = W.BreakValues.Page }));

    /// <summary>A cell: span &gt; 1 sets w:gridSpan; merge "restart" or "continue" sets w:vMerge.</summary>
    public static W.TableCell Tc(string text, int span = 1, string? merge = null, params OpenXmlElement[] more)
    {
        var properties = new W.TableCellProperties();
        if (span > 1) properties.Append(new W.GridSpan { Val = span });
        if (merge == "restart") properties.Append(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
        if (merge == "continue") properties.Append(new W.VerticalMerge());
        var cell = new W.TableCell(properties);
        cell.Append(text.Length == 0 ? new W.Paragraph() : P(text));
        foreach (var element in more) cell.Append(element);
        return cell;
    }

    public static W.TableRow Tr(params W.TableCell[] cells) => new(cells);

    public static W.Table Tbl(int columns, params W.TableRow[] rows)
    {
        var table = new W.Table(new W.TableProperties(), new W.TableGrid(Enumerable.Range(0, columns).Select(_ => new W.GridColumn { Width = "1000" })));
        table.Append(rows);
        return table;
    }

    /// <summary>A minimal DOCX whose document.xml is the given text, stored with the given compression.</summary>
    public static byte[] RawDocx(string documentXml, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""", level);
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""", level);
            Add(zip, "word/document.xml", documentXml, level);
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content, CompressionLevel level)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    public static string DocumentXml(string bodyXml) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{bodyXml}</w:body></w:document>""";

    /// <summary>
    /// Rewrites the uncompressed size that the local header and the central directory declare for one entry: the lie a
    /// zip bomb tells to pass a check of declared sizes.
    /// </summary>
    public static byte[] LieAboutSize(byte[] zip, string entryName, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, Math.Min(name.Length, bytes.Length - i - 30)).SequenceEqual(name))
                BitConverter.GetBytes(declared).CopyTo(bytes, i + 22);
            if (signature == 0x02014b50 && bytes.AsSpan(i + 46, Math.Min(name.Length, bytes.Length - i - 46)).SequenceEqual(name))
                BitConverter.GetBytes(declared).CopyTo(bytes, i + 24);
        }
        return bytes;
    }
}
