using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Recognizes the department basic-data table (部门整体支出绩效评价基础数据表, Hunan): staff control (编制数, 实际在职人数,
/// 控制率) and the expense-control matrix (三公经费 and its items, 项目支出, 公用经费, 政府采购金额, 部门整体支出预算调整)
/// by year and stage. Rows nest: numbered items (1、2、3、) make up the row above them, 其中 rows are part of it.
/// Text captured from a PDF or Word file often breaks a number over two lines ("95." / "10%"): such a number is joined
/// back, with a note.
/// </summary>
public sealed partial class BasicDataRecognizer(LabelDictionary labels) : ICompanionTableRecognizer
{
    private static readonly HashSet<FieldKey> Signature =
    [
        FieldKey.StaffSection, FieldKey.StaffQuota, FieldKey.StaffActual, FieldKey.StaffControlRate,
        FieldKey.ExpenseControlSection, FieldKey.ThreePublicExpenses, FieldKey.GovernmentProcurement, FieldKey.DepartmentBudgetAdjustment,
    ];

    /// <summary>Rows that head a group of items in the expense matrix.</summary>
    private static readonly HashSet<FieldKey> GroupRows =
    [
        FieldKey.ThreePublicExpenses, FieldKey.ProjectExpenditure, FieldKey.PublicExpenses, FieldKey.GovernmentProcurement,
        FieldKey.DepartmentBudgetAdjustment,
    ];

    public string Family => "department";

    public int Score(Grid grid)
    {
        var found = FormLabels.Found(grid, labels, Signature);
        return found.Count >= 3 ? found.Count : 0;
    }

    public Recognition Recognize(Grid grid) => Recognize(grid, []);

    /// <summary>The basic-data table, and the 评价指标表 that follows it as a table of its own, if the document has one.</summary>
    public Recognition Recognize(Grid primary, IReadOnlyList<Grid> others)
    {
        var recognition = RecognizeData(primary);
        var scoring = others.FirstOrDefault(g => !g.Flattened && TokenSequence.From(g, labels).Any(t => t.Key == FieldKey.Level1Header)
            && TokenSequence.From(g, labels).Any(t => t.Key == FieldKey.Criterion));
        if (scoring is null) return recognition;
        var (groups, unused, notes, closed, total) = ScoringTable.Read(scoring, labels);
        return recognition with
        {
            Department = recognition.Department! with
            {
                IndicatorGroups = groups,
                TotalScore = total,
                IndicatorTreeClosed = groups.Count > 0 ? closed : null,
            },
            Truncated = recognition.Truncated || notes.Any(n => n.Code == Keys.Notes.Truncated),
            Unrecognized = [.. recognition.Unrecognized, .. unused],
            Notes = [.. recognition.Notes, .. notes],
        };
    }

    private Recognition RecognizeData(Grid grid)
    {
        var reading = new MatrixReading(grid, labels, TokenSequence.From(grid, labels));
        foreach (var line in grid.Preamble)
            if (UnitDeclaration.TryRead(line) is { } unit) reading.StateUnit(unit);
        TextField? title = null;
        StaffControl? staff = null;
        FundsMatrix? matrix = null;
        IReadOnlyList<IndicatorGroup>? groups = null;
        var truncated = false;
        var tokens = reading.Tokens;
        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            switch (token.Key)
            {
                case FieldKey.FormTitle when title is null:
                    title = reading.Text(token, null);
                    i++;
                    break;
                case FieldKey.StaffSection:
                    (staff, i) = ReadStaff(reading, i);
                    break;
                case FieldKey.ExpenseControlSection:
                    (matrix, i) = ReadExpenses(reading, i);
                    break;
                case FieldKey.Level1Header when grid.Flattened:
                    (groups, truncated, i) = ScoringSequence.Read(reading, i);
                    break;
                case FieldKey.FormTitle:
                    reading.Use(token); // the title of the scoring table that follows
                    i++;
                    break;
                default:
                    if (UnitDeclaration.TryRead(token.Text) is { } unit && token.Text.Length <= 20) reading.SetUnit(unit, token);
                    i++;
                    break;
            }
        }
        if (!reading.UnitStated) reading.Notes.Add(new Note("unit-assumed", "the table declares no money unit; 万元 assumed", null));
        return new Recognition
        {
            Form = new FormInfo(Family, "department-basic-data", title?.Text ?? grid.Preamble.FirstOrDefault(l => l.Contains("基础数据表", StringComparison.Ordinal))),
            Unit = reading.Unit,
            Department = new DepartmentReport { FundsMatrix = matrix, Staff = staff, Tasks = [], Narratives = [], IndicatorGroups = groups },
            Truncated = truncated,
            Unrecognized = reading.Unused(),
            Notes = reading.Notes,
        };
    }

    /// <summary>财政供养人员情况: its three headers, then their three figures in the same order.</summary>
    private static (StaffControl, int) ReadStaff(MatrixReading reading, int i)
    {
        var tokens = reading.Tokens;
        reading.Use(tokens[i]);
        var headers = new List<Token>();
        var j = reading.SkipEmpty(i + 1);
        while (j < tokens.Count && tokens[j].Key is FieldKey.StaffQuota or FieldKey.StaffActual or FieldKey.StaffControlRate)
        {
            reading.Use(tokens[j]);
            headers.Add(tokens[j]);
            j = reading.SkipEmpty(j + 1);
        }
        var values = new Dictionary<FieldKey, StatedFigure?>();
        foreach (var header in headers)
        {
            j = reading.SkipEmpty(j);
            if (j >= tokens.Count || tokens[j].Key is not null) break;
            var (value, next) = NumberAt(reading, j);
            values[header.Key!.Value] = reading.Figure(value, header, header.Key == FieldKey.StaffControlRate ? Keys.Kinds.Percent : Keys.Kinds.Count);
            j = next;
        }
        return (new StaffControl(values.GetValueOrDefault(FieldKey.StaffQuota), values.GetValueOrDefault(FieldKey.StaffActual),
            values.GetValueOrDefault(FieldKey.StaffControlRate)), j);
    }

    /// <summary>经费控制情况: dated stage columns (2017年决算数 …), then rows of a label and up to one figure per column.</summary>
    private (FundsMatrix, int) ReadExpenses(MatrixReading reading, int i)
    {
        var tokens = reading.Tokens;
        var grid = reading.Grid;
        reading.Use(tokens[i]);
        var columns = new List<(FundsColumn Column, Token Token)>();
        var j = reading.SkipEmpty(i + 1);
        while (j < tokens.Count && tokens[j].Key is FieldKey.FinalAccounts or FieldKey.BudgetColumn)
        {
            var t = tokens[j];
            reading.Use(t);
            var year = DatedColumn().Match(Width.Fold(t.Text));
            var stage = t.Key == FieldKey.FinalAccounts ? "finalAccounts" : "budget";
            columns.Add((new FundsColumn(year.Success ? $"{stage}{year.Groups[1].Value}" : stage, MatrixReading.LabelText(t.Text), null), t));
            j = reading.SkipEmpty(j + 1);
        }

        var rows = new List<FundsRow>();
        string? group = null, item = null;
        var ofWhich = false;
        while (j < tokens.Count)
        {
            var label = tokens[j];
            if (label.IsEmpty) { j++; continue; }
            if (label.Key is FieldKey.FormTitle or FieldKey.Level1Header or FieldKey.StaffSection || IsFigure(label.Text)) break;
            reading.Use(label);
            var key = $"row{rows.Count + 1}";
            var text = MatrixReading.LabelText(label.Text);
            string? partOf;
            string? kind = null;
            if (label.Key is { } k && GroupRows.Contains(k) || text.EndsWith(':'))
            {
                partOf = null;
                group = key;
                item = null;
                ofWhich = false;
            }
            else if (NumberedItem().IsMatch(text))
            {
                partOf = group;
                kind = Keys.Items.Whole;
                item = key;
                ofWhich = false;
            }
            else if (label.Key == FieldKey.OfWhich || ofWhich)
            {
                // 其中 and the rows after it, up to the next numbered item, are parts of the row above them.
                partOf = item ?? group;
                kind = Keys.Items.OfWhich;
                ofWhich = true;
            }
            else
            {
                // An unnumbered row under a group (Word's list numbers are not text): a part of it, not one of a
                // numbered whole, so it is only checked not to exceed it.
                partOf = group;
                kind = Keys.Items.OfWhich;
            }

            j++;
            var values = new List<Token>();
            while (j < tokens.Count && values.Count < columns.Count)
            {
                var t = tokens[j];
                if (!grid.Flattened && t.Row != label.Row && !(t.IsEmpty && t.First is null)) break;
                if (t.Key is not null || !(t.IsEmpty ? !grid.Flattened : IsFigure(t.Text) || IsBrokenNumber(tokens, j))) break;
                var (value, next) = t.IsEmpty ? (t, j + 1) : NumberAt(reading, j);
                values.Add(value);
                j = next;
            }
            var figures = values.Count(v => !v.IsEmpty);
            var ambiguous = grid.Flattened && figures > 0 && figures < columns.Count;
            if (ambiguous)
                reading.Notes.Add(new Note("ambiguous-order", $"{text}: {figures} figures for {columns.Count} columns; placed in order from {columns[0].Column.Label}", label.First?.Origin.Describe()));
            var cells = new List<FundsCell>();
            for (var c = 0; c < values.Count; c++)
            {
                if (values[c].IsEmpty) { reading.Use(values[c]); continue; }
                if (reading.Figure(values[c], columns[c].Token, Keys.Kinds.Money) is { } figure)
                    cells.Add(new FundsCell(columns[c].Column.Key, figure) { Ambiguous = ambiguous ? true : null });
            }
            rows.Add(new FundsRow(key, text, partOf is not null, cells) { PartOf = partOf, ItemKind = kind, Source = reading.Provenance(label, null) });
        }
        return (new FundsMatrix { Columns = columns.Select(c => c.Column).ToList(), Rows = rows, Formulas = [] }, j);
    }

    /// <summary>The figure at <paramref name="j"/>, joined with the next token when a line break split it ("95." + "10%").</summary>
    private static (Token Value, int Next) NumberAt(MatrixReading reading, int j)
    {
        var tokens = reading.Tokens;
        if (StrayDot().IsMatch(tokens[j].Text))
        {
            reading.Notes.Add(new Note("stray-dot", $"\"{tokens[j].Text}\" read as {tokens[j].Text[..^1]}: a stray full stop after the number", tokens[j].First?.Origin.Describe()));
            return (tokens[j] with { Text = tokens[j].Text[..^1] }, j + 1);
        }
        if (!IsBrokenNumber(tokens, j)) return (tokens[j], j + 1);
        var joined = new Token([.. tokens[j].Cells, .. tokens[j + 1].Cells], tokens[j].Text + tokens[j + 1].Text, null);
        reading.Notes.Add(new Note("number-rejoined", $"\"{tokens[j].Text}\" and \"{tokens[j + 1].Text}\" read as one number, {joined.Text}, broken over two lines", tokens[j].First?.Origin.Describe()));
        return (joined, j + 2);
    }

    private static bool IsBrokenNumber(IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && BrokenHead().IsMatch(tokens[j].Text) && BrokenTail().IsMatch(tokens[j + 1].Text)
        && tokens[j].First?.Origin.Line != tokens[j + 1].First?.Origin.Line;

    private static bool IsFigure(string text) => NumberText.TryParseFigure(text, out _) || StrayDot().IsMatch(text);

    [GeneratedRegex(@"^((19|20)[0-9]{2})年")]
    private static partial Regex DatedColumn();

    [GeneratedRegex(@"^[0-9]+[、.．]")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^[0-9]+\.$")]
    private static partial Regex BrokenHead();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\.$")]
    private static partial Regex StrayDot();

    [GeneratedRegex(@"^[0-9]+%?$")]
    private static partial Regex BrokenTail();
}
