using System.Text;

namespace PerfEval.Extract.Tests.Reading.Pdf;

/// <summary>Minimal PDFs written byte by byte, for what PdfPig's builder cannot make (encryption, broken ToUnicode).</summary>
internal static class HandWrittenPdf
{
    /// <summary>One page drawing <paramref name="textOperators"/> in Helvetica; optionally with a ToUnicode map to private-use code points.</summary>
    public static byte[] WithText(string textOperators, bool toUnicodePrivateUse)
    {
        var content = $"BT /F1 12 Tf 72 700 Td {textOperators} ET";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            toUnicodePrivateUse
                ? "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] " +
                  "/CharProcs << /g 7 0 R >> /Encoding << /Type /Encoding /Differences [65 /g /g /g /g /g /g /g /g] >> " +
                  "/FirstChar 65 /LastChar 72 /Widths [600 600 600 600 600 600 600 600] /Resources << >> /ToUnicode 6 0 R >>"
                : "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        if (toUnicodePrivateUse)
        {
            const string cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
                "/CMapName /PUA def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n" +
                "1 beginbfrange <41> <5A> <E000> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end";
            objects.Add($"<< /Length {cmap.Length} >>\nstream\n{cmap}\nendstream");
            const string glyph = "600 0 0 0 600 700 d1 0 0 600 700 re f";
            objects.Add($"<< /Length {glyph.Length} >>\nstream\n{glyph}\nendstream");
        }
        return Assemble(objects, "");
    }

    /// <summary>
    /// One page drawing <paramref name="content"/> (whole text objects, font /F1) with a Type 3 font whose codes map to
    /// the characters given in <paramref name="toUnicode"/>; every glyph is a box 600 units wide.
    /// </summary>
    public static byte[] WithMappedText(string content, IReadOnlyDictionary<char, char> toUnicode)
    {
        var codes = toUnicode.Keys.Order().ToList();
        int first = codes[0], last = codes[^1];
        var cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
            "/CMapName /Mapped def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n" +
            $"{codes.Count} beginbfchar " + string.Join(" ", codes.Select(c => $"<{(int)c:X2}> <{(int)toUnicode[c]:X4}>")) +
            " endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end";
        const string glyph = "600 0 0 0 600 700 d1 0 0 600 700 re f";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] " +
            $"/CharProcs << /g 7 0 R >> /Encoding << /Type /Encoding /Differences [{first} {string.Concat(Enumerable.Repeat("/g ", last - first + 1))}] >> " +
            $"/FirstChar {first} /LastChar {last} /Widths [{string.Concat(Enumerable.Repeat("600 ", last - first + 1))}] /Resources << >> /ToUnicode 6 0 R >>",
            $"<< /Length {cmap.Length} >>\nstream\n{cmap}\nendstream",
            $"<< /Length {glyph.Length} >>\nstream\n{glyph}\nendstream",
        };
        return Assemble(objects, "");
    }

    /// <summary>A one-page PDF with a standard security handler whose user password is not empty.</summary>
    public static byte[] Encrypted()
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 " +
            "/O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>",
        };
        return Assemble(objects, " /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    private static byte[] Assemble(List<string> objects, string trailerExtra)
    {
        var builder = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(builder.Length);
            builder.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = builder.Length;
        builder.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) builder.Append($"{offset:D10} 00000 n \n");
        builder.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(builder.ToString());
    }
}
