using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// The Guangzhou department form read from text whose structure was lost (one cell per line, or cells run together):
/// labels and values in their printed order. Label/value pairs read as in a grid; the goal headers are followed by
/// their texts; each 任务 by its goal texts, then indicator/value pairs with the task's funds after the first pair
/// (where the printed row puts them). What the order leaves open is said in a note.
/// </summary>
public sealed partial class DepartmentRecognizer
{
    private Recognition RecognizeSequence(Grid grid)
    {
        var tokens = TokenSequence.From(grid, labels);
        var (ledger, notes, unit, figures) = Begin(grid);
        TextField? name = null;
        YearField? year = null;
        var funds = new FundsBuilder();
        GoalPair? goal = null;
        var tasks = new List<DepartmentTask>();
        var narratives = new List<Narrative>();
        var sections = new HashSet<FieldKey>();
        var keptFields = Enumerable.Range(0, grid.RowCount).Any(r => grid.RowCells(r).Count > 1);

        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            var label = Piece(ledger, token);
            GridCell? Value() => i + 1 < tokens.Count && tokens[i + 1].Key is null ? Piece(ledger, tokens[i + 1]) : null;
            switch (token.Key)
            {
                case FieldKey.FormTitle:
                    Use(ledger, token);
                    i++;
                    continue;
                case FieldKey.DepartmentName when Value() is { } v:
                    name = ledger.Text(v, label);
                    i += 2;
                    continue;
                case FieldKey.EvaluatedYear when Value() is { } v:
                    year = ReadYear(v, label!, ledger, notes);
                    i += 2;
                    continue;
                case FieldKey.FundsSection:
                    Use(ledger, token);
                    sections.Add(FieldKey.FundsSection);
                    i++;
                    continue;
                case FieldKey.AdjustedBudget or FieldKey.InitialBudget or FieldKey.ActualExpenditure or FieldKey.BudgetAdjustment when Value() is { } v:
                    funds.Set(token.Key.Value, figures.Money(v, label), v);
                    i += 2;
                    continue;
                case FieldKey.CompletionRate or FieldKey.AdjustmentRate when Value() is { } v:
                    funds.SetRate(token.Key.Value, figures.Rate(v, label));
                    i += 2;
                    continue;
                case FieldKey.OfWhich when Value() is { } v:
                    if (figures.Money(v, label) is { } part)
                    {
                        // Which figure a 其中 line stands under is a matter of columns: a capture that kept its lines and
                        // fields still tells (the same field on an earlier line); one cell per line does not.
                        var partOf = keptFields ? funds.FieldAboveInField(v) : null;
                        if (partOf is null)
                            notes.Add(new Note("ambiguous-order", $"{token.Text}: the figure it is part of is not known from the order; not checked", v.Origin.Describe()));
                        funds.Breakdown.Add(new FundsBreakdownItem(LabelDictionary.OfWhichName(token.Text), partOf ?? Keys.DepartmentFunds.Total, part));
                    }
                    i += 2;
                    continue;
                case FieldKey.AnnualGoalSection:
                    Use(ledger, token);
                    sections.Add(FieldKey.AnnualGoalSection);
                    (goal, i) = ReadGoalSequence(tokens, i + 1, ledger);
                    continue;
                case FieldKey.TasksSection:
                    Use(ledger, token);
                    sections.Add(FieldKey.TasksSection);
                    i = ReadTaskSequence(tokens, i + 1, ledger, figures, tasks);
                    continue;
                case FieldKey.KeyProjects or FieldKey.OverallPerformance or FieldKey.Problems or FieldKey.Improvements when Value() is { } v:
                    narratives.Add(new Narrative(FormLabels.Narratives[token.Key.Value], ledger.Text(v, label)));
                    i += 2;
                    continue;
                default:
                    i++;
                    continue;
            }
        }

        var truncated = DetectTruncation(grid, tasks, narratives, sections, notes);
        return new Recognition
        {
            Form = new FormInfo(Family, "guangzhou-department-2021", Title(grid)),
            Unit = unit,
            Department = new DepartmentReport { Name = name, Year = year, Funds = funds.Build(), AnnualGoal = goal, Tasks = tasks, Narratives = narratives },
            Unrecognized = ledger.Unused(),
            Notes = notes,
            Truncated = truncated,
        };
    }

    /// <summary>The goal headers in their printed order, then one text for each.</summary>
    private static (GoalPair, int) ReadGoalSequence(IReadOnlyList<Token> tokens, int i, CellLedger ledger)
    {
        var headers = new List<Token>();
        while (i < tokens.Count && tokens[i].Key is FieldKey.ExpectedGoal or FieldKey.AchievedGoal) headers.Add(tokens[i++]);
        TextField? expected = null, achieved = null;
        foreach (var header in headers)
        {
            if (i >= tokens.Count || tokens[i].Key is not null) break;
            var text = ledger.Text(Piece(ledger, tokens[i++])!, Piece(ledger, header));
            if (header.Key == FieldKey.ExpectedGoal) expected = text;
            else achieved = text;
        }
        foreach (var header in headers) Use(ledger, header);
        return (new GoalPair(expected, achieved), i);
    }

    /// <summary>
    /// Tasks after the 主要任务 header: a task name (任务N), its goal texts in the header's order, then indicator/value
    /// pairs; the task's funds follow the first pair. Returns where the tasks end.
    /// </summary>
    private static int ReadTaskSequence(IReadOnlyList<Token> tokens, int i, CellLedger ledger, FigureReader figures, List<DepartmentTask> tasks)
    {
        var roles = new List<Token>();
        while (i < tokens.Count && tokens[i].Key is FieldKey.ExpectedGoal or FieldKey.AchievedGoal or FieldKey.KeyIndicator or FieldKey.IndicatorCompletion or FieldKey.TaskFunds)
        {
            Use(ledger, tokens[i]);
            roles.Add(tokens[i++]);
        }
        Token? Role(FieldKey key) => roles.FirstOrDefault(r => r.Key == key);
        var textRoles = roles.TakeWhile(r => r.Key is FieldKey.ExpectedGoal or FieldKey.AchievedGoal).ToList();

        while (i < tokens.Count && tokens[i].Key is null && TaskName().IsMatch(tokens[i].Text))
        {
            var taskName = ledger.Text(Piece(ledger, tokens[i++])!, null);
            TextField? expected = null, achieved = null;
            foreach (var role in textRoles)
            {
                if (i >= tokens.Count || tokens[i].Key is not null || TaskName().IsMatch(tokens[i].Text)) break;
                var text = ledger.Text(Piece(ledger, tokens[i++])!, Piece(ledger, role));
                if (role.Key == FieldKey.ExpectedGoal) expected = text;
                else achieved = text;
            }
            var indicators = new List<KeyIndicator>();
            Money? funds = null;
            while (i + 1 < tokens.Count && tokens[i].Key is null && tokens[i + 1].Key is null && !TaskName().IsMatch(tokens[i].Text))
            {
                var indicator = ledger.Text(Piece(ledger, tokens[i])!, Piece(ledger, Role(FieldKey.KeyIndicator)));
                var value = Piece(ledger, tokens[i + 1])!;
                indicators.Add(new KeyIndicator(indicator, QuantityParser.Parse(value.Text, ledger.ProvenanceOf(value, Piece(ledger, Role(FieldKey.IndicatorCompletion))))));
                i += 2;
                if (indicators.Count != 1 || Role(FieldKey.TaskFunds) is not { } fundsRole || i >= tokens.Count || tokens[i].Key is not null) continue;
                if (NumberText.TryParseFigure(tokens[i].Text, out var n) && !n.IsPercent)
                    funds = figures.Money(Piece(ledger, tokens[i++])!, Piece(ledger, fundsRole));
                else if (tokens[i].Text.Trim() is "/" or "-" or "—" or "无")
                    Piece(ledger, tokens[i++]); // funds not applicable: a mark, not the next indicator
            }
            tasks.Add(new DepartmentTask { Name = taskName, Expected = expected, Achieved = achieved, Indicators = indicators, Funds = funds });
        }
        return i;
    }

    private static void Use(CellLedger ledger, Token token)
    {
        foreach (var cell in token.Cells) ledger.Use(cell);
    }

    /// <summary>
    /// A token as a cell the readers of values take: its own cell when it is the whole of one, else the first cell
    /// carrying the token's text (a piece of a run-together line, or a label joined from two lines). All its cells
    /// count as used.
    /// </summary>
    private static GridCell? Piece(CellLedger ledger, Token? token)
    {
        if (token?.First is not { } first) return null;
        Use(ledger, token);
        return token.Cells.Count == 1 && first.Text == token.Text ? first : first with { Paragraphs = [token.Text] };
    }

    /// <summary>How the form names its tasks: 任务1, 任务一 …</summary>
    [GeneratedRegex(@"^任务[0-9一二三四五六七八九十]+$")]
    private static partial Regex TaskName();
}
