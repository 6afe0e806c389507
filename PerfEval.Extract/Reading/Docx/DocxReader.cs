using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Extract.Reading.Archives;

namespace PerfEval.Extract.Reading.Docx;

/// <summary>
/// Reads a Word document (DOCX): every w:tbl of the body becomes a <see cref="Grid"/>, in document order (an outer
/// table before the tables nested in it). w:gridSpan gives the column span; a w:vMerge continue cell joins the cell
/// above that restarted the merge, which then spans down. A paragraph's text is its runs' w:t joined, with tabs and
/// breaks as spaces. Body paragraphs since the previous table are the preamble.
/// <para>
/// A table that a page break cut in two in the source (the parts separated only by empty paragraphs holding a page
/// break, with the same number of grid columns) is read as one table, so merges running over the break still join.
/// </para>
/// A nested table is its own grid and also stands in its outer cell as its paragraphs, once (as a reader sees it).
/// Origins count from 1: table n (the n-th w:tbl met), row = the w:tr's index in it, column = the w:tc's index in its row.
/// The archive is checked by <see cref="ZipGuard"/> before OpenXml sees it.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    internal const int MaxPreambleLines = 20;

    public DocumentFormat Format => DocumentFormat.Docx;

    public ReadDocument Read(ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        ZipGuard.Admit(bytes, options, "DOCX");

        try
        {
            using var stream = ZipGuard.OpenStream(bytes);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableDocumentException(ErrorCodes.UnsupportedFormat,
                    "a zip archive without a Word document part (word/document.xml), so not a DOCX");
            var state = new ReadState();
            state.ReadBody(body);
            if (state.Grids.Count == 0)
                throw new UnreadableDocumentException(ErrorCodes.NoTable, "the document holds no table (no w:tbl in its body)");
            var grids = state.Grids.OrderBy(g => g.Number).Select(g => g.Grid).ToList();
            return new ReadDocument(DocumentFormat.Docx, grids) { Notes = state.Notes };
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or FormatException
                                      or IOException or InvalidOperationException or NotSupportedException)
        {
            throw new UnreadableDocumentException(ErrorCodes.BrokenArchive, $"not a readable DOCX ({e.Message.TrimEnd('.')})");
        }
    }

    private sealed class ReadState
    {
        private readonly List<string> _pending = [];
        private int _tableCount;
        private TableBuilder? _open;
        private bool _pageBreakSinceTable;

        public List<(int Number, Grid Grid)> Grids { get; } = [];
        public List<ReaderNote> Notes { get; } = [];

        public void ReadBody(OpenXmlElement container)
        {
            ReadBlocks(container);
            CloseTable();
        }

        private void ReadBlocks(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        var text = ParagraphText(paragraph);
                        if (text.Length > 0)
                        {
                            CloseTable();
                            _pending.Add(text);
                        }
                        else if (HasPageBreak(paragraph))
                            _pageBreakSinceTable = true;
                        break;
                    case Table table:
                        if (_open is not null && _pageBreakSinceTable && _open.GridColumns > 0 && GridColumns(table) == _open.GridColumns)
                        {
                            // The same table, cut by a page break in the source: go on with it.
                            _open.AddRows(table, ++_tableCount);
                        }
                        else
                        {
                            CloseTable();
                            _open = new TableBuilder(this, ++_tableCount, GridColumns(table), [.. _pending.TakeLast(MaxPreambleLines)], null);
                            _pending.Clear();
                            _open.AddRows(table, _tableCount);
                        }
                        _pageBreakSinceTable = false;
                        break;
                    case SdtBlock or CustomXmlBlock:
                        ReadBlocks(element.ChildElements.OfType<SdtContentBlock>().FirstOrDefault() ?? element);
                        break;
                }
            }
        }

        private void CloseTable()
        {
            if (_open is null) return;
            Grids.Add((_open.Number, _open.Build()));
            _open = null;
            _pageBreakSinceTable = false;
        }

        /// <summary>Reads a table nested in a cell as its own grid and returns its paragraphs, row by row, for the outer cell.</summary>
        public List<string> ReadNested(Table table, IReadOnlyList<string> preamble, string within)
        {
            var builder = new TableBuilder(this, ++_tableCount, GridColumns(table), preamble, within);
            builder.AddRows(table, builder.Number);
            Grids.Add((builder.Number, builder.Build()));
            return builder.ReaderText;
        }
    }

    /// <summary>Builds one grid from one or more w:tbl parts, following vertical merges down the rows.</summary>
    private sealed class TableBuilder(ReadState state, int number, int gridColumns, IReadOnlyList<string> preamble, string? within)
    {
        private readonly List<CellBuilder> _cells = [];
        /// <summary>The cell that ends on the previous row, per grid column where it starts: what a vMerge continue joins.</summary>
        private Dictionary<int, CellBuilder> _above = [];
        private int _rows;
        private int _columns;

        public int Number { get; } = number;
        public int GridColumns { get; } = gridColumns;
        public List<string> ReaderText { get; } = [];

        public void AddRows(Table table, int tableNumber)
        {
            var sourceRow = 0;
            foreach (var row in Rows(table))
            {
                sourceRow++;
                var current = new Dictionary<int, CellBuilder>();
                var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                var sourceColumn = 0;
                foreach (var cell in Cells(row))
                {
                    sourceColumn++;
                    var properties = cell.TableCellProperties;
                    // Clamped as browsers clamp colspan: a larger value is a broken file, not a wider table.
                    var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 1000);
                    var merge = properties?.VerticalMerge;
                    var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                    var location = $"table {tableNumber}, row {sourceRow}, column {sourceColumn}";
                    var paragraphs = CellParagraphs(cell, location);

                    if (continues && _above.TryGetValue(column, out var anchor) && anchor.ColumnSpan == span)
                    {
                        anchor.RowSpan++;
                        if (paragraphs.Count > 0)
                        {
                            // Word shows only the restart cell's text; keep the hidden text rather than drop it, and say so.
                            anchor.Paragraphs.AddRange(paragraphs);
                            state.Notes.Add(new ReaderNote("merged-cell-text",
                                "a vertically merged (continue) cell holds text; it was added to the merged cell", location));
                        }
                        current[column] = anchor;
                    }
                    else
                    {
                        var built = new CellBuilder(_rows, column, span, paragraphs,
                            new CellOrigin { Table = tableNumber, SourceRow = sourceRow, SourceColumn = sourceColumn });
                        _cells.Add(built);
                        current[column] = built;
                    }
                    ReaderText.AddRange(paragraphs);
                    column += span;
                }
                _columns = Math.Max(_columns, column);
                _above = current;
                _rows++;
            }
        }

        public Grid Build()
        {
            var origin = within is null ? $"table {Number}" : $"table {Number} (inside {within})";
            var cells = _cells.Select(c => new GridCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Paragraphs.ToList(), c.Origin));
            return new Grid(_rows, _columns, cells, preamble, origin);
        }

        private List<string> CellParagraphs(OpenXmlElement container, string location)
        {
            var paragraphs = new List<string>();
            var since = 0;
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        var text = ParagraphText(paragraph);
                        if (text.Length > 0) paragraphs.Add(text);
                        break;
                    case Table nested:
                        // The cell's text above a nested table is its preamble, as body text above a table is.
                        var preamble = paragraphs.Skip(since).TakeLast(MaxPreambleLines).ToList();
                        paragraphs.AddRange(state.ReadNested(nested, preamble, location));
                        since = paragraphs.Count;
                        break;
                    case SdtBlock or CustomXmlBlock:
                        paragraphs.AddRange(CellParagraphs(element.ChildElements.OfType<SdtContentBlock>().FirstOrDefault() ?? element, location));
                        break;
                }
            }
            return paragraphs;
        }
    }

    private sealed class CellBuilder(int row, int column, int columnSpan, List<string> paragraphs, CellOrigin origin)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int ColumnSpan { get; } = columnSpan;
        public int RowSpan { get; set; } = 1;
        public List<string> Paragraphs { get; } = paragraphs;
        public CellOrigin Origin { get; } = origin;
    }

    /// <summary>Rows of a table, looking through content controls and custom XML that wrap them.</summary>
    private static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var element in table.ChildElements)
        {
            if (element is TableRow row) yield return row;
            else if (element is SdtRow or CustomXmlRow or SdtContentRow)
                foreach (var inner in Rows(element)) yield return inner;
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var element in row.ChildElements)
        {
            if (element is TableCell cell) yield return cell;
            else if (element is SdtCell or CustomXmlCell or SdtContentCell)
                foreach (var inner in Cells(element)) yield return inner;
        }
    }

    private static int GridColumns(Table table) => table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;

    /// <summary>The visible text of a paragraph: w:t of its runs in order; tabs and breaks as spaces; deleted text left out.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    builder.Append(' ');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }
        return Whitespace.Fold(builder.ToString());
    }

    private static bool HasPageBreak(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.PageBreakBefore is not null
        || paragraph.Descendants<Break>().Any(b => b.Type is not null && b.Type.Value == BreakValues.Page)
        || paragraph.Descendants<LastRenderedPageBreak>().Any()
        || paragraph.ParagraphProperties?.SectionProperties is not null;
}
