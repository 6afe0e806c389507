using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Recognizes the 部门整体支出绩效自评表 laid out with a funds block of label/value pairs, an annual goal pair, 主要任务
/// with key indicators, and narrative rows (the Guangzhou layout). It works on label positions, not row numbers, so
/// that a text dump (merges as empty fields) and a grid with spans (HTML, DOCX, XLSX, PDF) read the same.
/// </summary>
public sealed partial class DepartmentRecognizer(LabelDictionary labels) : IFormRecognizer
{
    private static readonly HashSet<FieldKey> Signature =
    [
        FieldKey.DepartmentName, FieldKey.FundsSection, FieldKey.AdjustedBudget, FieldKey.InitialBudget,
        FieldKey.ActualExpenditure, FieldKey.CompletionRate, FieldKey.AnnualGoalSection, FieldKey.TasksSection,
        FieldKey.KeyIndicator, FieldKey.TaskFunds,
    ];

    public string Family => "department";

    /// <summary>The number of distinct signature labels present; a grid with fewer than four is not this form.</summary>
    public int Score(Grid grid)
    {
        var found = FormLabels.Found(grid, labels, Signature);
        return found.Count >= 4 ? found.Count : 0;
    }

    public Recognition Recognize(Grid grid)
    {
        if (grid.Flattened) return RecognizeSequence(grid);
        var (ledger, notes, unit, figures) = Begin(grid);

        TextField? name = null;
        YearField? year = null;
        var funds = new FundsBuilder();
        GoalPair? goal = null;
        var tasks = new List<DepartmentTask>();
        var narratives = new List<Narrative>();
        var sectionsSeen = new HashSet<FieldKey>();

        for (var row = 0; row < grid.RowCount; row++)
        {
            var cells = NonEmpty(grid, row);
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (ledger.IsUsed(cell) || cell.Row != row) continue;
                var key = labels.Lookup(cell.Text);
                if (key is null) continue;
                var value = NextValue(cells, i);
                switch (key.Value)
                {
                    case FieldKey.DepartmentName when value is not null:
                        name = ledger.Text(value, cell);
                        break;
                    case FieldKey.EvaluatedYear when value is not null:
                        year = ReadYear(value, cell, ledger, notes);
                        break;
                    case FieldKey.FundsSection:
                        ledger.Use(cell);
                        sectionsSeen.Add(key.Value);
                        break;
                    case FieldKey.AdjustedBudget or FieldKey.InitialBudget or FieldKey.ActualExpenditure or FieldKey.BudgetAdjustment when value is not null:
                        funds.Set(key.Value, figures.Money(value, cell), value);
                        break;
                    case FieldKey.CompletionRate or FieldKey.AdjustmentRate when value is not null:
                        funds.SetRate(key.Value, figures.Rate(value, cell));
                        break;
                    case FieldKey.OfWhich when value is not null:
                        if (figures.Money(value, cell) is { } part)
                            funds.Breakdown.Add(new FundsBreakdownItem(LabelDictionary.OfWhichName(cell.Text), funds.FieldAbove(grid, value), part));
                        break;
                    case FieldKey.AnnualGoalSection:
                        ledger.Use(cell);
                        sectionsSeen.Add(key.Value);
                        goal = ReadGoal(grid, row, ledger);
                        break;
                    case FieldKey.TasksSection:
                        ledger.Use(cell);
                        sectionsSeen.Add(key.Value);
                        row = ReadTasks(grid, row, ledger, figures, tasks) - 1;
                        i = cells.Count;
                        break;
                    case FieldKey.KeyProjects or FieldKey.OverallPerformance or FieldKey.Problems or FieldKey.Improvements when value is not null:
                        narratives.Add(new Narrative(FormLabels.Narratives[key.Value], ledger.Text(value, cell)));
                        break;
                }
            }
        }

        var truncated = DetectTruncation(grid, tasks, narratives, sectionsSeen, notes);
        return new Recognition
        {
            Form = new FormInfo(Family, "guangzhou-department-2021", Title(grid)),
            Unit = unit,
            Department = new DepartmentReport
            {
                Name = name,
                Year = year,
                Funds = funds.Build(),
                AnnualGoal = goal,
                Tasks = tasks,
                Narratives = narratives,
            },
            Unrecognized = ledger.Unused(),
            Notes = notes,
            Truncated = truncated,
        };
    }

    /// <summary>What every reading of a grid starts with: the ledger of used cells, the notes, the unit, the figure reader.</summary>
    private static (CellLedger Ledger, List<Note> Notes, UnitInfo Unit, FigureReader Figures) Begin(Grid grid)
    {
        var ledger = new CellLedger(grid);
        var notes = new List<Note>();
        var unit = FindUnit(grid, ledger);
        if (unit is null)
        {
            unit = UnitDeclaration.Assumed;
            notes.Add(new Note("unit-assumed", "the table declares no money unit; 万元 assumed", null));
        }
        return (ledger, notes, unit, new FigureReader(ledger, unit, notes));
    }

    /// <summary>The value of a label is the next non-empty cell to its right that is not itself a known label.</summary>
    private GridCell? NextValue(IReadOnlyList<GridCell> cells, int labelIndex)
    {
        if (labelIndex + 1 >= cells.Count) return null;
        var next = cells[labelIndex + 1];
        return labels.Lookup(next.Text) is null ? next : null;
    }

    private static List<GridCell> NonEmpty(Grid grid, int row) => grid.RowCells(row).Where(c => !c.IsEmpty).ToList();

    private static YearField? ReadYear(GridCell value, GridCell label, CellLedger ledger, List<Note> notes)
    {
        ledger.Use(value);
        ledger.Use(label);
        if (Years.In(value.Text) is { } found) return new YearField(found, value.Text, ledger.ProvenanceOf(value, label));
        notes.Add(new Note("not-a-year", $"被评价年度 holds \"{value.Text}\", which names no year", value.Origin.Describe()));
        return null;
    }

    /// <summary>The goal header row names the columns of the expected and achieved texts; the texts stand in the rows below.</summary>
    private GoalPair ReadGoal(Grid grid, int headerRow, CellLedger ledger)
    {
        GridCell? expectedHeader = null, achievedHeader = null;
        foreach (var cell in NonEmpty(grid, headerRow))
        {
            var key = labels.Lookup(cell.Text);
            if (key == FieldKey.ExpectedGoal) expectedHeader = cell;
            else if (key == FieldKey.AchievedGoal) achievedHeader = cell;
        }
        var below = headerRow + 1;
        TextField? TextUnder(GridCell? header)
        {
            if (header is null) return null;
            ledger.Use(header);
            var cell = grid.At(below, header.Column);
            return cell is null || cell.IsEmpty || cell.Row != below ? null : ledger.Text(cell, header);
        }
        return new GoalPair(TextUnder(expectedHeader), TextUnder(achievedHeader));
    }

    /// <summary>
    /// Reads the task rows under the 主要任务 header; returns the first row after them. A task starts where the first
    /// column holds a new cell and goes on over rows where it is empty or covered by the same (row-spanning) cell.
    /// </summary>
    private int ReadTasks(Grid grid, int headerRow, CellLedger ledger, FigureReader figures, List<DepartmentTask> tasks)
    {
        var columns = new Dictionary<FieldKey, GridCell>();
        foreach (var cell in NonEmpty(grid, headerRow))
            if (labels.Lookup(cell.Text) is { } key) { columns[key] = cell; ledger.Use(cell); }
        var taskColumn = grid.RowCells(headerRow).FirstOrDefault(c => labels.Lookup(c.Text) == FieldKey.TasksSection)?.Column ?? 0;

        GridCell? Column(FieldKey key) => columns.GetValueOrDefault(key);
        GridCell? AnchoredAt(int row, GridCell? header)
        {
            if (header is null) return null;
            var cell = grid.At(row, header.Column);
            return cell is null || cell.IsEmpty || cell.Row != row ? null : cell;
        }

        var row = headerRow + 1;
        while (row < grid.RowCount)
        {
            var first = grid.At(row, taskColumn);
            if (first is null || first.IsEmpty || first.Row != row || labels.Lookup(first.Text) is not null) break;
            var indicators = new List<KeyIndicator>();
            var funds = AnchoredAt(row, Column(FieldKey.TaskFunds));
            var task = new DepartmentTask
            {
                Name = ledger.Text(first, null),
                Expected = AnchoredAt(row, Column(FieldKey.ExpectedGoal)) is { } e ? ledger.Text(e, Column(FieldKey.ExpectedGoal)) : null,
                Achieved = AnchoredAt(row, Column(FieldKey.AchievedGoal)) is { } a ? ledger.Text(a, Column(FieldKey.AchievedGoal)) : null,
                Funds = funds is null ? null : figures.Money(funds, Column(FieldKey.TaskFunds)),
                Indicators = indicators,
            };
            do
            {
                var indicator = AnchoredAt(row, Column(FieldKey.KeyIndicator));
                var completion = AnchoredAt(row, Column(FieldKey.IndicatorCompletion));
                if (indicator is not null || completion is not null)
                {
                    var indicatorName = indicator is null ? new TextField("", new Provenance(null, "", "")) : ledger.Text(indicator, Column(FieldKey.KeyIndicator));
                    Quantity? quantity = null;
                    if (completion is not null)
                    {
                        ledger.Use(completion);
                        quantity = QuantityParser.Parse(completion.Text, ledger.ProvenanceOf(completion, Column(FieldKey.IndicatorCompletion)));
                    }
                    indicators.Add(new KeyIndicator(indicatorName, quantity));
                }
                row++;
            }
            while (row < grid.RowCount && ContinuesTask(grid.At(row, taskColumn), first, row));
            tasks.Add(task);
        }
        return row;
    }

    private static bool ContinuesTask(GridCell? cell, GridCell taskCell, int row) =>
        cell is null || cell.IsEmpty || ReferenceEquals(cell, taskCell) || cell.Row != row;

    private static UnitInfo? FindUnit(Grid grid, CellLedger ledger)
    {
        foreach (var line in grid.Preamble)
            if (UnitDeclaration.TryRead(line) is { } unit) return unit;
        foreach (var cell in grid.Cells)
        {
            if (cell.Text.Length > 20 || UnitDeclaration.TryRead(cell.Text) is not { } unit) continue;
            ledger.Use(cell);
            return unit;
        }
        return null;
    }

    private static string? Title(Grid grid) =>
        grid.Preamble.FirstOrDefault(l => l.Contains("自评表", StringComparison.Ordinal)) ?? grid.Preamble.FirstOrDefault()
        ?? (grid.Flattened ? grid.Cells.FirstOrDefault(c => c.Text.EndsWith("自评表", StringComparison.Ordinal))?.Text : null);

    /// <summary>
    /// A table that stops before its narrative rows, or whose last row is shorter than the table, was cut off in
    /// capture: what it holds is kept and the cut is reported.
    /// </summary>
    private static bool DetectTruncation(Grid grid, List<DepartmentTask> tasks, List<Narrative> narratives, HashSet<FieldKey> sections, List<Note> notes)
    {
        if (sections.Contains(FieldKey.TasksSection) && narratives.Count == 0)
        {
            var last = tasks.Count > 0 ? tasks[^1].Name.Text : "主要任务";
            notes.Add(new Note(Keys.Notes.Truncated, $"the table ends inside {last}: the narrative rows (重点项目绩效情况 … 改进措施) are missing", $"after row {grid.RowCount}"));
            return true;
        }
        if (!sections.Contains(FieldKey.TasksSection) && sections.Contains(FieldKey.FundsSection))
        {
            notes.Add(new Note(Keys.Notes.Truncated, "the table ends before 主要任务", $"after row {grid.RowCount}"));
            return true;
        }
        return false;
    }


    /// <summary>Collects the funds block's figures and remembers which cell holds which field, for 其中 lines.</summary>
    private sealed class FundsBuilder
    {
        private readonly Dictionary<GridCell, FieldKey> _fieldOfCell = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<FieldKey, Money?> _money = [];
        private readonly Dictionary<FieldKey, Rate?> _rates = [];

        public List<FundsBreakdownItem> Breakdown { get; } = [];

        public void Set(FieldKey key, Money? money, GridCell cell)
        {
            _money[key] = money;
            _fieldOfCell[cell] = key;
        }

        public void SetRate(FieldKey key, Rate? rate) => _rates[key] = rate;

        /// <summary>The field whose value stands nearest above a 其中 value in the same column.</summary>
        public string FieldAbove(Grid grid, GridCell value)
        {
            for (var row = value.Row - 1; row >= 0; row--)
                if (grid.At(row, value.Column) is { } above && _fieldOfCell.TryGetValue(above, out var key))
                    return JsonName(key);
            return Keys.DepartmentFunds.Total;
        }

        /// <summary>The field whose value stands in the same source field on the nearest earlier line: a column by another name.</summary>
        public string? FieldAboveInField(GridCell value) =>
            _fieldOfCell
                .Where(p => p.Key.Origin.Field == value.Origin.Field && p.Key.Origin.Line < value.Origin.Line)
                .OrderByDescending(p => p.Key.Origin.Line)
                .Select(p => JsonName(p.Value))
                .FirstOrDefault();

        public DepartmentFunds Build() => new()
        {
            AdjustedBudget = _money.GetValueOrDefault(FieldKey.AdjustedBudget),
            InitialBudget = _money.GetValueOrDefault(FieldKey.InitialBudget),
            ActualExpenditure = _money.GetValueOrDefault(FieldKey.ActualExpenditure),
            BudgetAdjustment = _money.GetValueOrDefault(FieldKey.BudgetAdjustment),
            Breakdown = Breakdown,
            CompletionRate = _rates.GetValueOrDefault(FieldKey.CompletionRate),
            AdjustmentRate = _rates.GetValueOrDefault(FieldKey.AdjustmentRate),
        };

        private static string JsonName(FieldKey key) => key switch
        {
            FieldKey.AdjustedBudget => Keys.DepartmentFunds.AdjustedBudget,
            FieldKey.InitialBudget => Keys.DepartmentFunds.InitialBudget,
            FieldKey.ActualExpenditure => Keys.DepartmentFunds.ActualExpenditure,
            FieldKey.BudgetAdjustment => Keys.DepartmentFunds.BudgetAdjustment,
            _ => Keys.DepartmentFunds.Total,
        };
    }
}
