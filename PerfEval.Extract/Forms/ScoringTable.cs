using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Reads a scoring table laid out by columns — 一级指标 | 得分 | 二级指标 | 得分 | 三级指标 | 得分 | 评价标准 | 指标说明 | 得分 —
/// from a structured grid: the header's columns say what each cell is. The 得分 after a level's name is that level's
/// points (its weight); the last 得分 is the score awarded.
/// </summary>
internal static class ScoringTable
{
    /// <summary>The scoring tree, the cells left unused, the notes, whether a 合计 row closed the tree and its score.</summary>
    public static (IReadOnlyList<IndicatorGroup> Groups, IReadOnlyList<UnrecognizedCell> Unused, IReadOnlyList<Note> Notes, bool Closed, StatedFigure? Total) Read(Grid grid, LabelDictionary labels)
    {
        var reading = new MatrixReading(grid, labels, TokenSequence.From(grid, labels));
        var header = reading.Tokens.FirstOrDefault(t => t.Key == FieldKey.Level1Header);
        if (header?.First is null) return ([], reading.Unused(), [], false, null);
        var headerRow = header.Row;
        var columns = reading.Tokens.Where(t => t.Row == headerRow && !t.IsEmpty).ToList();
        foreach (var t in columns) reading.Use(t);
        int? ColumnAfter(FieldKey key) => columns.FindIndex(t => t.Key == key) is var at and >= 0 && at + 1 < columns.Count && columns[at + 1].Key == FieldKey.Score
            ? columns[at + 1].First!.Column : null;
        int? ColumnOf(FieldKey key) => columns.FirstOrDefault(t => t.Key == key)?.First?.Column;
        Token? HeaderAt(int? column) => column is null ? null : columns.FirstOrDefault(t => t.First!.Column == column);

        var (l1, l1Points) = (ColumnOf(FieldKey.Level1Header), ColumnAfter(FieldKey.Level1Header));
        var (l2, l2Points) = (ColumnOf(FieldKey.Level2Header), ColumnAfter(FieldKey.Level2Header));
        var (l3, weight) = (ColumnOf(FieldKey.Level3Header), ColumnAfter(FieldKey.Level3Header));
        var criterion = ColumnOf(FieldKey.Criterion);
        var explanation = ColumnOf(FieldKey.Explanation);
        var score = columns.LastOrDefault(t => t.Key == FieldKey.Score)?.First?.Column;

        var groups = new List<(TextField Name, StatedFigure? Points, List<Indicator> Indicators)>();
        (TextField Name, StatedFigure? Points)? level2 = null;
        var lastScoreMarked = false;
        StatedFigure? total = null;
        var closed = false;
        for (var row = headerRow + 1; row < grid.RowCount; row++)
        {
            Token? At(int? column) => column is { } c && grid.At(row, c) is { Row: var r, IsEmpty: false } cell && r == row
                ? new Token([cell], cell.Text, null) : null;
            StatedFigure? Points(int? column, int? nameColumn) =>
                At(column) is { } t && NumberText.TryParseFigure(t.Text, out _) ? reading.Figure(t, HeaderAt(column), Keys.Kinds.Points) : null;
            // A score cell holding a mark (/, —) is "no score", not a cut-off table.
            bool ScoreMarked() => At(score) is { } mark && mark.Text.Trim() is "/" or "-" or "—" or "无";

            if (At(l1) is { } totalLabel && reading.Labels.Lookup(totalLabel.Text) == FieldKey.TotalScore)
            {
                // 合计/总分: the end of the tree, with the total score in the score column.
                reading.Use(totalLabel);
                total = At(score) is { } t && NumberText.TryParseFigure(t.Text, out _) ? reading.Figure(t, totalLabel, Keys.Kinds.Points) : null;
                closed = true;
                break;
            }
            if (At(l1) is { } name1)
            {
                groups.Add((reading.Text(name1, HeaderAt(l1)) with { Text = MatrixReading.LabelText(name1.Text) }, Points(l1Points, l1), []));
                level2 = null;
            }
            if (At(l2) is { } name2)
                level2 = (reading.Text(name2, HeaderAt(l2)) with { Text = MatrixReading.LabelText(name2.Text) }, Points(l2Points, l2));
            if (At(l3) is not { } name3 || groups.Count == 0) continue;
            lastScoreMarked = ScoreMarked();
            groups[^1].Indicators.Add(new Indicator
            {
                Level2 = level2?.Name,
                Level2Points = level2?.Points,
                Name = reading.Text(name3, HeaderAt(l3)) with { Text = MatrixReading.LabelText(name3.Text) },
                Weight = Points(weight, l3),
                Criterion = At(criterion) is { } c ? reading.Text(c, HeaderAt(criterion)) : null,
                Explanation = At(explanation) is { } e ? reading.Text(e, HeaderAt(explanation)) : null,
                Score = Points(score, null),
            });
        }
        var result = groups.Select(g => new IndicatorGroup { Name = g.Name, StatedPoints = g.Points, Indicators = g.Indicators }).ToList();
        if (groups.Count > 0 && groups[^1].Indicators.Count > 0 && groups[^1].Indicators[^1].Score is null && !lastScoreMarked)
            reading.Notes.Add(new Note(Keys.Notes.Truncated, "the scoring table ends before the last indicator's score", null));
        return (result, reading.Unused(), reading.Notes, closed, total);
    }
}
