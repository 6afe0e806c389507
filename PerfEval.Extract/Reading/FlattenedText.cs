namespace PerfEval.Extract.Reading;

/// <summary>
/// Text of a table whose structure was lost in capture: cells separated by " | " (a flattened web table), or one
/// cell per line with blank lines between, or whole rows run together on one line with spaces between cells.
/// Each non-blank line becomes a row of the grid, its cells split at '|' when the text uses pipes and at white space
/// otherwise; the grid is marked <see cref="Grid.Flattened"/>, so recognizers read it as a sequence.
/// </summary>
public static class FlattenedText
{
    public static Grid ToGrid(IReadOnlyList<string> lines)
    {
        var piped = lines.Count(l => l.Contains(" |", StringComparison.Ordinal) || l.TrimEnd().EndsWith('|')) >= 2;
        var cells = new List<GridCell>();
        var row = 0;
        var columns = 1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var fields = piped ? lines[i].Split('|') : SplitOnWhitespace(lines[i]);
            var column = 0;
            for (var f = 0; f < fields.Length; f++)
            {
                var paragraphs = HtmlFragment.ToParagraphs(fields[f]);
                if (paragraphs.Count == 0) continue;
                cells.Add(new GridCell(row, column++, 1, 1, paragraphs, CellOrigin.TextDump(i + 1, f + 1)));
            }
            if (column == 0) continue;
            columns = Math.Max(columns, column);
            row++;
        }
        if (cells.Count == 0)
            throw new UnreadableDocumentException(ErrorCodes.Empty, "the file holds only white space");
        return new Grid(row, columns, cells, [], piped ? "flattened text (| separated)" : "flattened text") { Flattened = true };
    }

    private static string[] SplitOnWhitespace(string line)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var space = i == line.Length || char.IsWhiteSpace(line[i]) || line[i] == '\u00A0';
            if (!space && start < 0) start = i;
            else if (space && start >= 0)
            {
                parts.Add(line[start..i]);
                start = -1;
            }
        }
        return [.. parts];
    }
}
