using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PerfEval.Extract.Reading.Html;

/// <summary>
/// Reads an HTML page: every &lt;table&gt; becomes a <see cref="Grid"/>, in document order (an outer table before the
/// tables nested in it). rowspan/colspan become spans, placed with the HTML table model (a cell takes the first slot
/// of its row that no earlier rowspan covers). Text between the previous table and this one (headings, paragraphs)
/// becomes the grid's preamble.
/// <para>
/// A nested table is its own grid, and its text also stays in the outer cell once, as a reader of the page sees it
/// there: one paragraph per paragraph of each inner cell, row by row (never the inner cells glued together). The outer
/// cell's text above a nested table is its preamble.
/// </para>
/// Charset: a byte-order mark, then &lt;meta charset&gt; or &lt;meta http-equiv content="…charset=…"&gt;, else strict
/// UTF-8, else GB18030. gb2312 and gbk are decoded as GB18030, their superset.
/// Origins count from 1: table n, row = the tr's index in the table, column = the cell's index in its tr.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    /// <summary>Text blocks kept before a table: the title and 单位 are just above it, a site's navigation is not.</summary>
    internal const int MaxPreambleLines = 20;

    /// <summary>Largest span honoured, as browsers do (colspan ≤ 1000, rowspan ≤ 65534); beyond is a broken page.</summary>
    private const int MaxColSpan = 1000;

    private static readonly HtmlParser Parser = new();

    public DocumentFormat Format => DocumentFormat.Html;

    public ReadDocument Read(ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(ErrorCodes.Empty, "the file is empty");
        if (bytes.Length > options.MaxDocumentBytes)
            throw new UnreadableDocumentException(ErrorCodes.TooLarge, $"the page is larger than {options.MaxDocumentBytes} bytes");

        var notes = new List<ReaderNote>();
        var (text, encoding) = HtmlCharset.Decode(bytes.Span, notes);
        var document = Parser.ParseDocument(text);
        var body = (INode?)document.Body ?? document.DocumentElement;

        var state = new ReadState(notes);
        state.WalkBlocks(body);
        if (state.Grids.Count == 0)
            throw new UnreadableDocumentException(ErrorCodes.NoTable, "the page holds no <table>");

        var grids = state.Grids.OrderBy(g => g.Number).Select(g => g.Grid).ToList();
        return new ReadDocument(DocumentFormat.Html, grids, encoding) { Notes = notes };
    }

    private sealed class ReadState(List<ReaderNote> notes)
    {
        private readonly List<string> _pending = [];
        private readonly StringBuilder _current = new();
        private int _tableCount;

        public List<(int Number, Grid Grid)> Grids { get; } = [];

        /// <summary>Walks the page outside tables, collecting text blocks as the preamble of the next table.</summary>
        public void WalkBlocks(INode node, int depth = 0)
        {
            // Markup nested deeper than any page is written is read as its text: recursion stays bounded.
            if (depth > HtmlFragment.MaxDepth)
            {
                _current.Append(node.TextContent);
                return;
            }
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        _current.Append(text.Data);
                        break;
                    case IHtmlTableElement table:
                        Flush();
                        ReadTable(table, [.. _pending.TakeLast(MaxPreambleLines)]);
                        _pending.Clear();
                        break;
                    case IElement { TagName: "BR" }:
                        Flush();
                        break;
                    case IElement { TagName: "SCRIPT" or "STYLE" or "TEMPLATE" or "NOSCRIPT" or "HEAD" }:
                        break;
                    case IElement element:
                        var block = !IsInline(element);
                        if (block) Flush();
                        WalkBlocks(element, depth + 1);
                        if (block) Flush();
                        break;
                }
            }
        }

        private void Flush()
        {
            if (_current.Length == 0) return;
            var line = Whitespace.Fold(_current.ToString());
            _current.Clear();
            if (line.Length > 0) _pending.Add(line);
        }

        /// <summary>Reads one table; returns its cells' paragraphs row by row, for an outer cell that holds it.</summary>
        private List<string> ReadTable(IHtmlTableElement table, IReadOnlyList<string> preamble, string? within = null)
        {
            var number = ++_tableCount;
            // A caption is the table's own title: it comes last in the preamble, just above the rows.
            if (table.Caption is { } caption && Whitespace.Fold(caption.TextContent) is { Length: > 0 } title)
                preamble = [.. preamble, title];
            var rows = table.Rows.ToList();
            var groupEnd = GroupEnds(rows);
            var occupied = new List<List<bool>>();
            var cells = new List<GridCell>();
            var readerText = new List<string>();
            var columns = 0;

            for (var r = 0; r < rows.Count; r++)
            {
                var c = 0;
                var sourceColumn = 0;
                foreach (var cell in rows[r].Cells)
                {
                    sourceColumn++;
                    while (IsOccupied(occupied, r, c)) c++;
                    var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColSpan);
                    // rowspan="0" runs to the end of the row group; a span past it is cut there, as browsers do.
                    var rowSpan = cell.RowSpan <= 0 ? groupEnd[r] - r : Math.Min(cell.RowSpan, groupEnd[r] - r);
                    var (fitRows, fitCols) = Fit(occupied, r, c, rowSpan, colSpan);
                    if (fitRows != rowSpan || fitCols != colSpan)
                        notes.Add(new ReaderNote("overlapping-cells",
                            $"a {rowSpan}×{colSpan} cell overlaps an earlier one and was cut to {fitRows}×{fitCols}",
                            $"table {number}, row {r + 1}, column {sourceColumn}"));
                    for (var rr = r; rr < r + fitRows; rr++)
                        for (var cc = c; cc < c + fitCols; cc++)
                            Occupy(occupied, rr, cc);
                    columns = Math.Max(columns, c + fitCols);

                    var paragraphs = CellParagraphs(cell, number, r + 1, sourceColumn);
                    readerText.AddRange(paragraphs);
                    cells.Add(new GridCell(r, c, fitRows, fitCols, paragraphs,
                        new CellOrigin { Table = number, SourceRow = r + 1, SourceColumn = sourceColumn }));
                    c += fitCols;
                }
            }

            var origin = within is null ? $"table {number}" : $"table {number} (inside {within})";
            Grids.Add((number, new Grid(rows.Count, columns, cells, preamble, origin)));
            return readerText;
        }

        /// <summary>
        /// A cell's paragraphs. Nested tables are read as their own grids first and stand in the cell as their text,
        /// so that <see cref="HtmlFragment.ParagraphsOf"/> never glues inner cells together. The cell's text above a
        /// nested table is that table's preamble, as the page's text above a table is (layout tables wrap data tables).
        /// </summary>
        private IReadOnlyList<string> CellParagraphs(IHtmlTableCellElement cell, int table, int row, int column)
        {
            var nested = NestedTables(cell);
            if (nested.Count == 0) return HtmlFragment.ParagraphsOf(cell);

            // Mark where each nested table stands, with a paragraph no page holds, then fill the marks in.
            var copy = (IElement)cell.Clone(deep: true);
            var copies = NestedTables(copy);
            for (var i = 0; i < copies.Count; i++)
            {
                var mark = copy.Owner!.CreateElement("p");
                mark.TextContent = Mark(i);
                copies[i].Parent!.ReplaceChild(mark, copies[i]);
            }
            var result = new List<string>();
            var since = 0;
            foreach (var paragraph in HtmlFragment.ParagraphsOf(copy))
            {
                var index = Array.IndexOf(Marks(nested.Count), paragraph);
                if (index < 0) { result.Add(paragraph); continue; }
                var preamble = result.Skip(since).TakeLast(MaxPreambleLines).ToList();
                result.AddRange(ReadTable(nested[index], preamble, $"table {table}, row {row}, column {column}"));
                since = result.Count;
            }
            return result;
        }

        private static string Mark(int index) => $"\uE000nested-table-{index}\uE000";

        private static string[] Marks(int count) => Enumerable.Range(0, count).Select(Mark).ToArray();

        /// <summary>The tables directly nested in an element (not those nested deeper inside them).</summary>
        private static List<IHtmlTableElement> NestedTables(INode node, int depth = 0)
        {
            var found = new List<IHtmlTableElement>();
            if (depth > HtmlFragment.MaxDepth) return found;
            foreach (var child in node.ChildNodes)
            {
                if (child is IHtmlTableElement table) found.Add(table);
                else if (child is IElement) found.AddRange(NestedTables(child, depth + 1));
            }
            return found;
        }
    }

    /// <summary>For each row, the index after the last row of its group (thead, tbody, tfoot, or the table itself).</summary>
    private static int[] GroupEnds(List<IHtmlTableRowElement> rows)
    {
        var ends = new int[rows.Count];
        var start = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count && ReferenceEquals(rows[i].Parent, rows[start].Parent)) continue;
            for (var j = start; j < i; j++) ends[j] = i;
            start = i;
        }
        return ends;
    }

    private static bool IsOccupied(List<List<bool>> occupied, int row, int column) =>
        row < occupied.Count && column < occupied[row].Count && occupied[row][column];

    private static void Occupy(List<List<bool>> occupied, int row, int column)
    {
        while (occupied.Count <= row) occupied.Add([]);
        var line = occupied[row];
        while (line.Count <= column) line.Add(false);
        line[column] = true;
    }

    /// <summary>Shrinks a span that would run into slots already taken: first its width along the row, then its height.</summary>
    private static (int Rows, int Columns) Fit(List<List<bool>> occupied, int row, int column, int rowSpan, int colSpan)
    {
        var cols = 1;
        while (cols < colSpan && !IsOccupied(occupied, row, column + cols)) cols++;
        var rows = 1;
        while (rows < rowSpan && Enumerable.Range(column, cols).All(c => !IsOccupied(occupied, row + rows, c))) rows++;
        return (rows, cols);
    }

    private static bool IsInline(IElement element) => element.TagName is
        "A" or "ABBR" or "B" or "BDI" or "BDO" or "CITE" or "CODE" or "DATA" or "DFN" or "EM" or "FONT" or "I" or "KBD"
        or "MARK" or "Q" or "S" or "SAMP" or "SMALL" or "SPAN" or "STRONG" or "SUB" or "SUP" or "TIME" or "U" or "VAR"
        or "O:P" or "LABEL" or "INS" or "DEL";
}
