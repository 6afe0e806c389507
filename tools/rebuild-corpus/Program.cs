// Rebuilds the real corpus tables (fixtures/real/NAME/NAME.txt) as the documents their units published, from
// specs/NAME.spec: one table layout per spec, written as HTML (rowspan/colspan) or DOCX (w:vMerge/w:gridSpan).
//
// Spec lines:  out: html|docx      title: TEXT (heading above the table)   p: TEXT   pr: TEXT (right-aligned)
//              table: N [w1,…,wN] (grid columns and their relative widths, then rows until "end")               note: TEXT (HTML comment; README for DOCX)
//              row: CELL | CELL | …   each cell "{r2 c3 l}text" (rowspan, colspan, left-aligned) or plain text,
//              trimmed; an empty cell is empty text or "{}";
//              "\n" inside a cell's text starts a new paragraph of the cell. Rows list only the cells that start
//              there (as HTML does); the generator places vMerge continue cells for DOCX.
//              "#" starts a comment line (ignored).
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

var root = args.Length > 0 ? args[0] : FindRoot();
var specs = Directory.GetFiles(Path.Combine(root, "tools", "rebuild-corpus", "specs"), "*.spec").Order(StringComparer.Ordinal);
foreach (var specPath in specs)
{
    var name = Path.GetFileNameWithoutExtension(specPath);
    var doc = Spec.Parse(File.ReadAllLines(specPath));
    var outPath = Path.Combine(root, "fixtures", "real", name, name + "." + doc.Format);
    if (doc.Format == "html") File.WriteAllText(outPath, HtmlWriter.Write(doc), new UTF8Encoding(false));
    else DocxWriter.Write(doc, outPath);
    Console.WriteLine($"wrote {Path.GetRelativePath(root, outPath)}");
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln"))) return dir.FullName;
    throw new DirectoryNotFoundException("PerfEval.sln not found above the current directory");
}

sealed record Cell(string[] Paragraphs, int RowSpan, int ColSpan, bool Left);

sealed record Row(List<Cell> Cells);

abstract record Block;
sealed record Text(string Kind, string Value) : Block;
sealed record Table(int Columns, int[] Weights, List<object> Items) : Block; // Items: Row or Note
sealed record Note(string Value) : Block;

sealed class Spec
{
    public string Format = "html";
    public string Title = "";
    public List<Block> Blocks = [];

    public static Spec Parse(string[] lines)
    {
        var spec = new Spec();
        Table? table = null;
        foreach (var raw in lines)
        {
            if (raw.Length == 0 || raw.StartsWith('#')) continue;
            var colon = raw.IndexOf(": ", StringComparison.Ordinal);
            var key = colon < 0 ? raw.Trim() : raw[..colon];
            var value = colon < 0 ? "" : raw[(colon + 2)..];
            switch (key)
            {
                case "out": spec.Format = value.Trim(); break;
                case "doctitle": spec.Title = value; break;
                case "title" or "p" or "pr": spec.Blocks.Add(new Text(key, value)); break;
                case "note" when table is not null: table.Items.Add(new Note(value)); break;
                case "note": spec.Blocks.Add(new Note(value)); break;
                case "table":
                    var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var n = int.Parse(parts[0]);
                    var weights = parts.Length > 1 ? parts[1].Split(',').Select(int.Parse).ToArray() : Enumerable.Repeat(1, n).ToArray();
                    if (weights.Length != n) throw new FormatException("column weights do not match the column count: " + raw);
                    table = new Table(n, weights, []); spec.Blocks.Add(table); break;
                case "end": table = null; break;
                case "row": table!.Items.Add(new Row(value.Split('|').Select(c => ParseCell(c.Trim())).ToList())); break;
                default: throw new FormatException("unknown spec line: " + raw);
            }
        }
        return spec;
    }

    private static Cell ParseCell(string text)
    {
        int rs = 1, cs = 1; var left = false;
        var m = Regex.Match(text, @"^\{([^}]*)\}");
        if (m.Success)
        {
            foreach (var a in m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (a[0] == 'r') rs = int.Parse(a[1..]);
                else if (a[0] == 'c') cs = int.Parse(a[1..]);
                else if (a == "l") left = true;
                else throw new FormatException("unknown cell attribute " + a);
            }
            text = text[m.Length..];
        }
        var paragraphs = text.Length == 0 ? [] : text.Split("\\n");
        return new Cell(paragraphs, rs, cs, left);
    }
}

static class Layout
{
    /// <summary>Places each row's cells on the grid (HTML table model): per row, (column, cell) for starting cells
    /// and (column, anchor) for slots covered by a rowspan from above (the DOCX continue cells).</summary>
    public static List<List<(int Column, Cell Cell, bool Continue)>> Place(List<Row> rows, int columns)
    {
        var covered = new Dictionary<(int, int), Cell>();
        var result = new List<List<(int, Cell, bool)>>();
        for (var r = 0; r < rows.Count; r++)
        {
            var placed = new List<(int, Cell, bool)>();
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (covered.ContainsKey((r, c))) c++;
                placed.Add((c, cell, false));
                if (r + cell.RowSpan > rows.Count) throw new InvalidOperationException($"row {r + 1}: a rowspan of {cell.RowSpan} runs past the table's {rows.Count} rows");
                for (var rr = r; rr < r + cell.RowSpan; rr++)
                    for (var cc = c; cc < c + cell.ColSpan; cc++)
                        if (rr > r && covered.ContainsKey((rr, cc))) throw new InvalidOperationException($"row {r + 1}: a span overlaps another at row {rr + 1}, column {cc + 1}");
                for (var rr = r; rr < r + cell.RowSpan; rr++)
                    for (var cc = c; cc < c + cell.ColSpan; cc++)
                        if (rr > r && cc == c) covered[(rr, cc)] = cell;
                        else if (rr > r || cc > c) covered[(rr, cc)] = null!;
                c += cell.ColSpan;
                if (c > columns) throw new InvalidOperationException($"row {r + 1} is wider than {columns} columns");
            }
            foreach (var ((rr, cc), anchor) in covered)
                if (rr == r && anchor is not null) placed.Add((cc, anchor, true));
            result.Add(placed.OrderBy(p => p.Item1).ToList());
        }
        return result;
    }
}

static class HtmlWriter
{
    public static string Write(Spec spec)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
         .Append(E(spec.Title)).Append("</title>\n<style>\n")
         .Append("body { font-family: SimSun; font-size: 10.5pt; color: #000; }\n")
         .Append("h1 { font-family: SimHei; font-size: 16pt; text-align: center; margin: 6pt 0; }\n")
         .Append("p.right { text-align: right; }\n")
         .Append("table { border-collapse: collapse; margin: 6pt 0; }\n")
         .Append("td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; vertical-align: middle; }\n")
         .Append("td.l { text-align: left; }\n</style>\n</head>\n<body>\n");
        foreach (var block in spec.Blocks)
        {
            switch (block)
            {
                case Text { Kind: "title" } t: b.Append("<h1>").Append(E(t.Value)).Append("</h1>\n"); break;
                case Text { Kind: "p" } t: b.Append("<p>").Append(E(t.Value)).Append("</p>\n"); break;
                case Text { Kind: "pr" } t: b.Append("<p class=\"right\">").Append(E(t.Value)).Append("</p>\n"); break;
                case Note n: b.Append("<!-- ").Append(C(n.Value)).Append(" -->\n"); break;
                case Table t:
                    b.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<colgroup>");
                    foreach (var w in t.Weights) b.Append("<col width=\"").Append(100 * w / t.Weights.Sum()).Append("%\">");
                    b.Append("</colgroup>\n<tbody>\n");
                    foreach (var item in t.Items)
                    {
                        if (item is Note n) { b.Append("<!-- ").Append(C(n.Value)).Append(" -->\n"); continue; }
                        b.Append("<tr>");
                        foreach (var cell in ((Row)item).Cells)
                        {
                            b.Append("<td");
                            if (cell.RowSpan > 1) b.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                            if (cell.ColSpan > 1) b.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                            if (cell.Left) b.Append(" class=\"l\"");
                            b.Append('>').Append(string.Join("<br>", cell.Paragraphs.Select(E))).Append("</td>");
                        }
                        b.Append("</tr>\n");
                    }
                    b.Append("</tbody>\n</table>\n");
                    break;
            }
        }
        return b.Append("</body>\n</html>\n").ToString();
    }

    private static string E(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    private static string C(string s) => s.Replace("--", "- -");
}

static class DocxWriter
{
    public static void Write(Spec spec, string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        doc.PackageProperties.Title = spec.Title;
        doc.PackageProperties.Creator = "";
        var main = doc.AddMainDocumentPart();
        var body = new W.Body();
        foreach (var block in spec.Blocks)
        {
            switch (block)
            {
                case Text t: body.Append(Para(t.Value, t.Kind == "title" ? W.JustificationValues.Center : t.Kind == "pr" ? W.JustificationValues.Right : W.JustificationValues.Left, t.Kind == "title" ? 32 : 21, t.Kind == "title")); break;
                case Table t: body.Append(BuildTable(t)); body.Append(new W.Paragraph()); break;
            }
        }
        body.Append(new W.SectionProperties(
            new W.PageSize { Width = 16838, Height = 11906, Orient = W.PageOrientationValues.Landscape },
            new W.PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document = new W.Document(body);
        main.Document.Save();
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).ToList();
        foreach (var e in errors) Console.Error.WriteLine($"{Path.GetFileName(path)}: {e.Path?.XPath}: {e.Description}");
        if (errors.Count > 0) throw new InvalidOperationException($"{path}: {errors.Count} schema errors");
    }

    private static W.Table BuildTable(Table t)
    {
        const int total = 14570; // text width of A4 landscape with 2 cm margins, in twips
        var sum = t.Weights.Sum();
        var widths = t.Weights.Select(w => total * w / sum).ToArray();
        var table = new W.Table(new W.TableProperties(
            new W.TableWidth { Width = widths.Sum().ToString(), Type = W.TableWidthUnitValues.Dxa },
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 }),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed }));
        var grid = new W.TableGrid();
        foreach (var w in widths) grid.Append(new W.GridColumn { Width = w.ToString() });
        table.Append(grid);
        var rows = t.Items.OfType<Row>().ToList();
        foreach (var placed in Layout.Place(rows, t.Columns))
        {
            var tr = new W.TableRow();
            foreach (var (column, cell, cont) in placed)
            {
                var props = new W.TableCellProperties(new W.TableCellWidth { Width = widths.Skip(column).Take(cell.ColSpan).Sum().ToString(), Type = W.TableWidthUnitValues.Dxa });
                if (cell.ColSpan > 1) props.Append(new W.GridSpan { Val = cell.ColSpan });
                if (cell.RowSpan > 1) props.Append(cont ? new W.VerticalMerge() : new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                props.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });
                var tc = new W.TableCell(props);
                var justify = cell.Left ? W.JustificationValues.Left : W.JustificationValues.Center;
                if (cont || cell.Paragraphs.Length == 0) tc.Append(new W.Paragraph());
                else foreach (var p in cell.Paragraphs) tc.Append(Para(p, justify, 20, false));
                tr.Append(tc);
            }
            table.Append(tr);
        }
        return table;
    }

    private static W.Paragraph Para(string text, W.JustificationValues justify, int halfPoints, bool bold)
    {
        var runProps = new W.RunProperties(new W.RunFonts { Ascii = "SimSun", HighAnsi = "SimSun", EastAsia = "SimSun" });
        if (bold) runProps.Append(new W.Bold());
        runProps.Append(new W.FontSize { Val = halfPoints.ToString() });
        return new W.Paragraph(
            new W.ParagraphProperties(new W.Justification { Val = justify }),
            new W.Run(runProps, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
