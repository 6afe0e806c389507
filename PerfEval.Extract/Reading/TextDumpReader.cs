namespace PerfEval.Extract.Reading;

/// <summary>
/// Reads a text dump: one table row per line, cells separated by tabs, merged cells as empty fields, HTML in long cells.
/// Lines before the first tabbed line are the preamble (title, 单位); blank lines inside the table do not end it.
/// Empty fields leave their grid slot empty. Lines count from 1, fields from 1. Text without any tab is a table whose
/// structure was lost in capture, read by <see cref="FlattenedText"/>.
/// </summary>
public sealed class TextDumpReader : IDocumentReader
{
    public DocumentFormat Format => DocumentFormat.Text;

    public ReadDocument Read(ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(ErrorCodes.Empty, "the file is empty");
        var (text, encoding) = TextDecoding.Decode(bytes.Span);
        if (string.IsNullOrWhiteSpace(text))
            throw new UnreadableDocumentException(ErrorCodes.Empty, "the file holds only white space");

        var lines = SplitLines(text);
        var first = lines.FindIndex(l => l.Contains('\t'));
        if (first < 0)
            return new ReadDocument(DocumentFormat.Text, [FlattenedText.ToGrid(lines)], encoding);

        var preamble = new List<string>();
        for (var i = 0; i < first; i++)
        {
            var line = string.Join(" ", HtmlFragment.ToParagraphs(lines[i]));
            if (line.Length > 0) preamble.Add(line);
        }

        var cells = new List<GridCell>();
        var row = 0;
        var columns = 0;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split('\t');
            columns = Math.Max(columns, fields.Length);
            for (var f = 0; f < fields.Length; f++)
            {
                var paragraphs = HtmlFragment.ToParagraphs(fields[f]);
                if (paragraphs.Count == 0) continue;
                cells.Add(new GridCell(row, f, 1, 1, paragraphs, CellOrigin.TextDump(i + 1, f + 1)));
            }
            row++;
        }
        // Trailing empty fields can make a row longer than any cell it holds; the grid keeps the widest row.
        var grid = new Grid(row, columns, cells, preamble, "text dump");
        return new ReadDocument(DocumentFormat.Text, [grid], encoding);
    }

    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch != '\n' && ch != '\r') continue;
            lines.Add(text[start..i]);
            if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}
