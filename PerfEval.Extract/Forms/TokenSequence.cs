using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Reads a grid as the sequence of its cells in reading order, the way a person reads a flattened capture. In a
/// structured grid every uncovered empty slot is kept as an empty token (positions along a row count); in a flattened
/// grid adjacent cells whose joined text is a known label (年初 + 预算数, 经济效益 + 指标) become one token.
/// </summary>
public static class TokenSequence
{
    // Recognizers score a grid and then read it: the sequence is built once per grid and dictionary.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Grid, Tuple<LabelDictionary, IReadOnlyList<Token>, bool>> Cache = new();

    public static IReadOnlyList<Token> From(Grid grid, LabelDictionary labels) => Get(grid, labels).Item2;

    /// <summary>True when the grid's text had cells run together with nothing between them (split at its labels).</summary>
    public static bool IsRunTogether(Grid grid, LabelDictionary labels) => Get(grid, labels).Item3;

    private static Tuple<LabelDictionary, IReadOnlyList<Token>, bool> Get(Grid grid, LabelDictionary labels)
    {
        if (Cache.TryGetValue(grid, out var cached) && ReferenceEquals(cached.Item1, labels)) return cached;
        var built = Tuple.Create(labels, Build(grid, labels, out var runTogether), runTogether);
        Cache.AddOrUpdate(grid, built);
        return built;
    }

    private static IReadOnlyList<Token> Build(Grid grid, LabelDictionary labels, out bool runTogether)
    {
        var tokens = new List<Token>();
        runTogether = false;
        if (grid.Flattened)
        {
            var cells = grid.Cells.Where(c => !c.IsEmpty).ToList();
            // Cells with many labels run together decide the document; their splits are kept, not made twice.
            var firstPass = cells.Select(c => RunTogether.Split(c, labels)).ToList();
            runTogether = firstPass.Any(p => p is not null);
            for (var i = 0; i < cells.Count; i++)
            {
                // A later page of a run-together capture ("3、指标效果显著…") continues the page before it, whose last
                // label it may finish: the pages are split as one stream.
                var pages = 1;
                while (runTogether && i + pages < cells.Count && ContinuesPage(cells[i + pages])) pages++;
                if (pages > 1 && RunTogether.Split(cells.GetRange(i, pages), labels, RunTogether.MinimumLabelsInRunTogetherDocument) is { } stream)
                {
                    tokens.AddRange(stream);
                    i += pages - 1;
                    continue;
                }
                var joined = TryJoin(cells, i, labels);
                if (joined is not null)
                {
                    tokens.Add(joined);
                    i += joined.Cells.Count - 1;
                    continue;
                }
                if ((firstPass[i] ?? (runTogether ? RunTogether.Split(cells[i], labels, RunTogether.MinimumLabelsInRunTogetherDocument) : null)) is { } pieces)
                {
                    tokens.AddRange(pieces);
                    continue;
                }
                tokens.Add(new Token([cells[i]], cells[i].Text, labels.Lookup(cells[i].Text)));
            }
            return tokens;
        }
        for (var row = 0; row < grid.RowCount; row++)
            for (var column = 0; column < grid.ColumnCount; column++)
            {
                var cell = grid.At(row, column);
                if (cell is null) tokens.Add(new Token([], "", null));
                else if (cell.Row == row && cell.Column == column)
                    tokens.Add(cell.IsEmpty ? new Token([cell], "", null) : new Token([cell], cell.Text, labels.Lookup(cell.Text)));
            }
        // Trailing empty slots of the last rows say nothing.
        while (tokens.Count > 0 && tokens[^1].IsEmpty) tokens.RemoveAt(tokens.Count - 1);
        return tokens;
    }

    /// <summary>A cell that begins with a later page's marker ("2、", "3、"; "1、" begins the document) and goes on with text.</summary>
    private static bool ContinuesPage(GridCell cell)
    {
        var marker = RunTogether.PageMarker(cell.Text);
        return marker > 0 && cell.Text.Length > marker && int.Parse(cell.Text.AsSpan(0, marker - 1), provider: System.Globalization.CultureInfo.InvariantCulture) >= 2;
    }

    /// <summary>Joins two or three short flattened cells when together they form a known label and apart they do not.</summary>
    private static Token? TryJoin(List<GridCell> cells, int start, LabelDictionary labels)
    {
        if (cells[start].Text.Length > 8) return null;
        for (var count = 3; count >= 2; count--)
        {
            if (start + count > cells.Count) continue;
            var parts = cells.GetRange(start, count);
            if (parts.Any(p => p.Text.Length > 12)) continue;
            // A year is a value (被评价年度 | 2021年), not the first half of a dated label.
            if (parts[0].Text.Length <= 6 && parts[0].Text.EndsWith('年') && parts[0].Text.TrimEnd('年').All(char.IsAsciiDigit)) continue;
            var text = string.Concat(parts.Select(p => p.Text));
            var key = labels.Lookup(text);
            if (key is null or FieldKey.OfWhich or FieldKey.FormTitle) continue;
            // "分值" + "得分" is two labels, not one: join only into a label that is not just its first part.
            if (labels.Lookup(parts[0].Text) == key) continue;
            return new Token(parts, text, key);
        }
        return null;
    }
}
