using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Extract.Reading.Archives;

namespace PerfEval.Extract.Reading.Xlsx;

/// <summary>
/// Reads a workbook (XLSX): one <see cref="Grid"/> per non-empty worksheet, in tab order, origin "sheet NAME".
/// Shared and inline strings are read without their phonetic guides; merged ranges become spans; a numeric cell is
/// rendered as the sheet displays it through its number format (<see cref="NumberFormat"/>, decimal arithmetic), so
/// 0.99998 in "0.0%" reads "100.0%" and 579.78 in General reads "579.78". A formula gives its cached value; one with
/// no cached value is an empty cell and a <c>formula-without-value</c> note.
/// <para>
/// The grid covers the used range (cells with text, and merged ranges), from its first used column. Leading rows that
/// hold a single non-empty cell (a title merged across the table, 单位：万元) go to the preamble, so the grid starts at
/// the first real table row; a sheet made only of such rows keeps them all as its grid.
/// </para>
/// Every slot of the grid that no merge covers is a cell, empty or not. Origins count from 1, as Excel shows them.
/// </summary>
public sealed class XlsxReader : IDocumentReader
{
    /// <summary>Most cells a sheet's used range may hold; a published table has a few hundred.</summary>
    internal const long MaxSlots = 4_000_000;

    public DocumentFormat Format => DocumentFormat.Xlsx;

    public ReadDocument Read(ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        ZipGuard.Admit(bytes, options, "XLSX");

        try
        {
            using var stream = ZipGuard.OpenStream(bytes);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart
                ?? throw new UnreadableDocumentException(ErrorCodes.NoTable, "the XLSX has no workbook part");
            var strings = SharedStrings(workbook);
            var formats = CellFormats(workbook);
            var notes = new List<ReaderNote>();
            var grids = new List<Grid>();
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                var name = sheet.Name?.Value ?? id;
                var grid = ReadSheet(part, name, strings, formats, notes);
                if (grid is not null) grids.Add(grid);
            }
            if (grids.Count == 0)
                throw new UnreadableDocumentException(ErrorCodes.NoTable, "the workbook has no sheet with any text in it");
            return new ReadDocument(DocumentFormat.Xlsx, grids) { Notes = notes };
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or FormatException
                                      or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new UnreadableDocumentException(ErrorCodes.BrokenArchive, $"not a readable XLSX ({e.Message.TrimEnd('.')})");
        }
    }

    private static Grid? ReadSheet(WorksheetPart part, string name, List<string> strings, List<string?> formats, List<ReaderNote> notes)
    {
        var worksheet = part.Worksheet;
        if (worksheet is null) return null;

        // Text of every cell that has some, by (row, column) counting from 1.
        var texts = new Dictionary<(int Row, int Column), string>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            var rowNumber = (int?)row.RowIndex?.Value;
            var nextColumn = 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var (r, c) = cell.CellReference?.Value is { } reference && TryParseReference(reference, out var at)
                    ? at
                    : (rowNumber ?? 0, nextColumn);
                nextColumn = c + 1;
                if (r < 1) continue;
                var text = CellText(cell, strings, formats, name, r, c, notes);
                if (text.Length > 0) texts[(r, c)] = text;
            }
        }

        var merges = new List<(int Top, int Left, int Bottom, int Right)>();
        foreach (var merge in worksheet.Descendants<MergeCell>())
            if (merge.Reference?.Value is { } range && TryParseRange(range, out var area))
                merges.Add(area);

        if (texts.Count == 0) return null;
        var top = Math.Min(texts.Keys.Min(k => k.Row), merges.Count == 0 ? int.MaxValue : merges.Min(m => m.Top));
        var left = Math.Min(texts.Keys.Min(k => k.Column), merges.Count == 0 ? int.MaxValue : merges.Min(m => m.Left));
        var bottom = Math.Max(texts.Keys.Max(k => k.Row), merges.Count == 0 ? 0 : merges.Max(m => m.Bottom));
        var right = Math.Max(texts.Keys.Max(k => k.Column), merges.Count == 0 ? 0 : merges.Max(m => m.Right));

        // A hostile merge (A1:XFD1048576) must not make a grid of billions of slots.
        if ((long)(bottom - top + 1) * (right - left + 1) > MaxSlots)
            throw new UnreadableDocumentException(ErrorCodes.TooLarge,
                $"sheet {name} spans {ColumnName(left)}{top}:{ColumnName(right)}{bottom}, more than {MaxSlots} cells");

        // Merge anchors and the slots they cover; overlapping merges (a broken sheet) keep the first.
        var spanAt = new Dictionary<(int, int), (int Rows, int Columns)>();
        var covered = new HashSet<(int, int)>();
        foreach (var (t, l, b, r) in merges)
        {
            var slots = from row in Enumerable.Range(t, b - t + 1) from col in Enumerable.Range(l, r - l + 1) select (row, col);
            if (slots.Any(covered.Contains) || spanAt.ContainsKey((t, l))) continue;
            foreach (var slot in slots) covered.Add(slot);
            spanAt[(t, l)] = (b - t + 1, r - l + 1);
        }

        var (firstRow, preamble) = Preamble(top, bottom, left, right, texts, spanAt, covered);

        var cells = new List<GridCell>();
        for (var row = firstRow; row <= bottom; row++)
        {
            for (var col = left; col <= right; col++)
            {
                var span = spanAt.TryGetValue((row, col), out var s) ? s : (Rows: 1, Columns: 1);
                if (!spanAt.ContainsKey((row, col)) && covered.Contains((row, col))) continue;
                var paragraphs = texts.TryGetValue((row, col), out var text) ? Paragraphs(text) : [];
                cells.Add(new GridCell(row - firstRow, col - left, span.Rows, span.Columns, paragraphs,
                    new CellOrigin { Sheet = name, SourceRow = row, SourceColumn = col }));
            }
        }
        return new Grid(bottom - firstRow + 1, right - left + 1, cells, preamble, $"sheet {name}");
    }

    /// <summary>
    /// Leading rows holding one non-empty cell and nothing that reaches below it are preamble (title, 单位). Returns the
    /// first row of the table. If no row would be left for the table, nothing is preamble.
    /// </summary>
    private static (int FirstRow, List<string> Preamble) Preamble(int top, int bottom, int left, int right,
        Dictionary<(int, int), string> texts, Dictionary<(int, int), (int Rows, int Columns)> spanAt, HashSet<(int, int)> covered)
    {
        var preamble = new List<string>();
        var row = top;
        while (row <= bottom)
        {
            var filled = Enumerable.Range(left, right - left + 1).Where(c => texts.ContainsKey((row, c))).ToList();
            if (filled.Count == 0)
            {
                // A blank row between title lines; a row of blank merges would be part of a table, so it stops here.
                if (Enumerable.Range(left, right - left + 1).Any(c => covered.Contains((row, c)))) break;
                row++;
                continue;
            }
            if (filled.Count != 1) break;
            var end = row + (spanAt.TryGetValue((row, filled[0]), out var span) ? span.Rows : 1) - 1;
            // Any other merge starting in these rows and reaching below them means the table has begun.
            var reachesBelow = spanAt.Any(m => m.Key.Item1 >= row && m.Key.Item1 <= end && m.Key.Item1 + m.Value.Rows - 1 > end);
            var othersBelow = Enumerable.Range(row + 1, end - row).Any(r => Enumerable.Range(left, right - left + 1).Any(c => texts.ContainsKey((r, c))));
            if (reachesBelow || othersBelow) break;
            preamble.Add(Whitespace.Fold(texts[(row, filled[0])]));
            row = end + 1;
        }
        return row > bottom ? (top, []) : (row, preamble);
    }

    private static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var folded = Whitespace.Fold(line);
            if (folded.Length > 0) paragraphs.Add(folded);
        }
        return paragraphs;
    }

    private static string CellText(Cell cell, List<string> strings, List<string?> formats, string sheet, int row, int column, List<ReaderNote> notes)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return cell.InlineString is { } inline ? ItemText(inline) : cell.CellValue?.Text ?? "";
        if (cell.CellValue is null)
        {
            if (cell.CellFormula is not null)
                notes.Add(new ReaderNote("formula-without-value",
                    $"a formula ({cell.CellFormula.Text}) has no cached value; the cell is read as empty (recalculate and save the workbook to keep its value)",
                    $"sheet {sheet}, cell {ColumnName(column)}{row}"));
            return "";
        }
        var raw = cell.CellValue.Text ?? "";
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
                ? strings[index]
                : "";
        if (type == CellValues.Boolean) return raw.Trim() == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date) return raw;

        // A number: shown through its format, in decimal arithmetic.
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return raw;
        var style = (int)(cell.StyleIndex?.Value ?? 0);
        var code = style < formats.Count ? formats[style] : null;
        return NumberFormat.Render(value, code);
    }

    /// <summary>Text of a shared-string item or inline string: its t, or its runs' t joined, never the phonetic guides (rPh).</summary>
    private static string ItemText(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain) return plain.Text;
        var builder = new StringBuilder();
        foreach (var run in item.Elements<Run>())
            builder.Append(run.Text?.Text);
        return builder.ToString();
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        return table is null ? [] : table.Elements<SharedStringItem>().Select(ItemText).ToList();
    }

    /// <summary>The number format code of each cell style (cellXfs index); null for General or a format this does not know.</summary>
    private static List<string?> CellFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet is null) return [];
        var custom = new Dictionary<int, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
                custom[(int)id] = code;
        var result = new List<string?>();
        foreach (var xf in stylesheet.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = (int)(xf.NumberFormatId?.Value ?? 0);
            result.Add(custom.TryGetValue(id, out var code) ? code : NumberFormat.BuiltInCode(id));
        }
        return result;
    }

    private static bool TryParseRange(string range, out (int Top, int Left, int Bottom, int Right) area)
    {
        area = default;
        var parts = range.Split(':');
        if (!TryParseReference(parts[0], out var from)) return false;
        var to = from;
        if (parts.Length == 2 && !TryParseReference(parts[1], out to)) return false;
        area = (Math.Min(from.Row, to.Row), Math.Min(from.Column, to.Column), Math.Max(from.Row, to.Row), Math.Max(from.Column, to.Column));
        return true;
    }

    /// <summary>"B7" → (7, 2); "$B$7" too.</summary>
    private static bool TryParseReference(string reference, out (int Row, int Column) at)
    {
        at = default;
        int column = 0, row = 0, i = 0;
        var text = reference.Replace("$", "");
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            row = Math.Min(row * 10 + (text[i] - '0'), 10_000_000);
        if (i != text.Length || column is < 1 or > 16384 || row is < 1 or > 1048576) return false;
        at = (row, column);
        return true;
    }

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
