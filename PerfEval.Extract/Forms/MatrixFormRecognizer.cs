using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Recognizes the forms that print their funds as a matrix (sources × stages) and their performance as a three-level
/// indicator tree: the national 项目支出绩效自评表 and its regional copies, and department forms of the same shape.
/// It reads the grid as a sequence of labels and values (<see cref="TokenSequence"/>), so that the same code serves
/// structured grids and text whose structure was lost; where the order leaves a value's place open, a note says so.
/// </summary>
public sealed partial class MatrixFormRecognizer(LabelDictionary labels) : IFormRecognizer
{
    private static readonly HashSet<FieldKey> Signature =
    [
        FieldKey.ProjectName, FieldKey.SupervisingDepartment, FieldKey.Implementer, FieldKey.ProjectFundsSection,
        FieldKey.FundsTotal, FieldKey.Level1Header, FieldKey.Level2Header, FieldKey.Level3Header, FieldKey.TargetValue,
        FieldKey.ActualValue, FieldKey.Weight, FieldKey.Score, FieldKey.Level2Name, FieldKey.InitialBudget,
        FieldKey.AdjustedBudget, FieldKey.ActualExpenditure, FieldKey.CompletionRate, FieldKey.TotalScore,
    ];

    private static readonly HashSet<FieldKey> ColumnKeys =
    [
        FieldKey.InitialBudget, FieldKey.AdjustedBudget, FieldKey.ActualExpenditure, FieldKey.Weight, FieldKey.Score,
        FieldKey.CompletionRate, FieldKey.DeviationReason,
    ];

    private static readonly Dictionary<FieldKey, string> RowKeys = new()
    {
        [FieldKey.FundsTotal] = "total",
        [FieldKey.SourceCurrentYear] = "currentYearAppropriation",
        [FieldKey.SourceFiscal] = "fiscalFunds",
        [FieldKey.SourceSpecialAccount] = "specialAccountFunds",
        [FieldKey.SourceUnit] = "unitFunds",
        [FieldKey.SourceCarryOver] = "carryOver",
        [FieldKey.SourceOther] = "otherFunds",
        [FieldKey.BasicExpenditure] = "basicExpenditure",
        [FieldKey.ProjectExpenditure] = "projectExpenditure",
        [FieldKey.OtherRow] = "other",
    };

    private static readonly HashSet<FieldKey> IndicatorHeaderKeys =
    [
        FieldKey.Level1Header, FieldKey.Level2Header, FieldKey.Level3Header, FieldKey.Nature, FieldKey.TargetValue,
        FieldKey.MeasureUnit, FieldKey.ActualValue, FieldKey.Weight, FieldKey.Score, FieldKey.DeviationReason,
    ];

    private static readonly Dictionary<FieldKey, string> NarrativeKeys = new()
    {
        [FieldKey.Conclusion] = "conclusion",
        [FieldKey.KeyProjects] = "keyProjects",
        [FieldKey.OverallPerformance] = "overallPerformance",
        [FieldKey.Problems] = "problems",
        [FieldKey.Improvements] = "improvements",
    };

    public string Family => "project";

    public int Score(Grid grid)
    {
        var found = new HashSet<FieldKey>();
        foreach (var cell in grid.Cells)
            if (labels.Lookup(cell.Text) is { } key && Signature.Contains(key)) found.Add(key);
        if (grid.Flattened)
            foreach (var token in TokenSequence.From(grid, labels))
                if (token.Key is { } key && Signature.Contains(key)) found.Add(key);
        // An indicator tree alone (a scoring sheet, a 基础数据表) is not this form: it needs a name or a funds block.
        var identified = found.Overlaps([FieldKey.ProjectName, FieldKey.ProjectFundsSection, FieldKey.FundsTotal]);
        return identified && found.Count >= 4 ? found.Count : 0;
    }

    public Recognition Recognize(Grid grid)
    {
        var reading = new Reading(grid, labels, TokenSequence.From(grid, labels));
        return reading.Run();
    }

    /// <summary>One pass over one grid's tokens; holds what has been read so far.</summary>
    private sealed class Reading(Grid grid, LabelDictionary labels, IReadOnlyList<Token> tokens)
    {
        private readonly CellLedger _ledger = new(grid);
        private readonly List<Note> _notes = [];
        private UnitInfo _unit = UnitDeclaration.Assumed;
        private bool _unitStated;
        private bool _truncated;

        private TextField? _title;
        private TextField? _name;
        private string? _nameCode;
        private OrganizationField? _department;
        private OrganizationField? _implementer;
        private YearField? _year;
        private FundsMatrix? _funds;
        private GoalPair? _goal;
        private readonly List<IndicatorGroup> _groups = [];
        private StatedFigure? _total;
        private StatedFigure? _totalPoints;
        private readonly List<Narrative> _narratives = [];
        private bool _department_family;

        public Recognition Run()
        {
            ReadPreamble();
            var start = TableStart();
            for (var i = start; i < tokens.Count;)
                i = Step(i);

            if (!_unitStated) _notes.Add(new Note("unit-assumed", "the table declares no money unit; 万元 assumed", null));
            var form = new FormInfo(_department_family ? "department" : "project",
                _department_family ? "department-matrix" : "project-national", _title?.Text);
            var groups = _groups.ToList();
            return new Recognition
            {
                Form = form,
                Unit = _unit,
                Project = _department_family ? null : new ProjectReport
                {
                    Name = _name,
                    NameCode = _nameCode,
                    Department = _department,
                    Implementer = _implementer,
                    Year = _year,
                    Funds = _funds,
                    AnnualGoal = _goal,
                    IndicatorGroups = groups,
                    TotalScore = _total,
                    TotalPoints = _totalPoints,
                    Narratives = _narratives,
                },
                Department = !_department_family ? null : new DepartmentReport
                {
                    Name = _name,
                    Year = _year,
                    FundsMatrix = _funds,
                    AnnualGoal = _goal,
                    Tasks = [],
                    IndicatorGroups = groups,
                    TotalScore = _total,
                    Narratives = _narratives,
                },
                Unrecognized = _ledger.Unused(),
                Notes = _notes,
                Truncated = _truncated,
            };
        }

        /// <summary>The lines printed above the table: its title (with the year in it, often) and 单位.</summary>
        private void ReadPreamble()
        {
            for (var n = 0; n < grid.Preamble.Count; n++)
            {
                var line = grid.Preamble[n];
                var source = new Provenance(null, "", $"{grid.Origin}, line {n + 1} above the table");
                if (UnitDeclaration.TryRead(line) is { } unit && !_unitStated)
                {
                    _unit = unit;
                    _unitStated = true;
                }
                if (labels.Lookup(line) == FieldKey.FormTitle || line.Contains("自评表", StringComparison.Ordinal))
                {
                    _title = new TextField(line, source); // the title nearest the table wins over a page heading
                    _department_family |= line.Contains("部门整体", StringComparison.Ordinal);
                }
                if (_year is null && (line.Contains("自评表", StringComparison.Ordinal) || YearNote().IsMatch(Width.Fold(line).Trim())) && YearIn(line) is { } year)
                    _year = new YearField(year, line, source);
            }
        }

        /// <summary>
        /// A capture may begin with the tail of another table (the page's previous form). The table starts at the last
        /// title that is followed by the form's name label; what stands before it is left unrecognized, with a note.
        /// </summary>
        private int TableStart()
        {
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (tokens[i].Key != FieldKey.FormTitle) continue;
                var next = NextNonEmpty(i + 1);
                // A year or a stray note may stand between the title and the first label: "(2022年度)".
                for (var skipped = 0; next >= 0 && skipped < 2 && tokens[next].Key is null; skipped++) next = NextNonEmpty(next + 1);
                if (next < 0 || tokens[next].Key is not (FieldKey.ProjectName or FieldKey.DepartmentName)) continue;
                if (tokens.Take(i).Any(t => t.Key is FieldKey.Level1Header or FieldKey.Score or FieldKey.ProjectName or FieldKey.TotalScore))
                    _notes.Add(new Note("preceding-table", $"the text before {tokens[i].Text} belongs to another table and is left unrecognized", tokens[i].First?.Origin.Describe()));
                return i;
            }
            return 0;
        }

        private int Step(int i)
        {
            var token = tokens[i];
            switch (token.Key)
            {
                case FieldKey.FormTitle:
                    Use(token);
                    _title ??= Text(token, null);
                    _department_family |= token.Text.Contains("部门整体", StringComparison.Ordinal);
                    if (YearIn(token.Text) is { } titleYear) _year ??= new YearField(titleYear, token.Text, Provenance(token, null));
                    return i + 1;
                case FieldKey.ProjectName:
                    return Value(i, (value, label) =>
                    {
                        var match = CodePrefix().Match(value.Text);
                        _nameCode = match.Success ? match.Groups["code"].Value : null;
                        var text = Text(value, label);
                        _name = match.Success ? text with { Text = match.Groups["rest"].Value } : text;
                    });
                case FieldKey.DepartmentName:
                    _department_family = true;
                    return Value(i, (value, label) => _name = Text(value, label));
                case FieldKey.SupervisingDepartment:
                    return Value(i, (value, label) => _department = Organization(value, label));
                case FieldKey.Implementer:
                    return Value(i, (value, label) => _implementer = Organization(value, label));
                case FieldKey.ProjectFundsSection or FieldKey.FundsSection:
                    return ReadFunds(i);
                case FieldKey.AnnualGoalSection:
                    return ReadGoal(i);
                case FieldKey.ExpectedGoal:
                    return Value(i, (value, label) => _goal = new GoalPair(Text(value, label), _goal?.Achieved));
                case FieldKey.AchievedGoal:
                    return Value(i, (value, label) => _goal = new GoalPair(_goal?.Expected, Text(value, label)));
                case FieldKey.IndicatorsSection or FieldKey.Level1Header:
                    return ReadIndicators(i);
                case FieldKey.TotalScore:
                    return ReadTotal(i);
                case { } key when NarrativeKeys.TryGetValue(key, out var narrative):
                    return Value(i, (value, label) => _narratives.Add(new Narrative(narrative, Text(value, label))));
                default:
                    if (UnitDeclaration.TryRead(token.Text) is { } unit && token.Text.Length <= 20) SetUnit(unit, token);
                    else if (_year is null && YearNote().IsMatch(Width.Fold(token.Text)) && YearIn(token.Text) is { } year)
                    {
                        Use(token);
                        _year = new YearField(year, token.Text, Provenance(token, null));
                    }
                    return i + 1;
            }
        }

        /// <summary>
        /// 总分 is followed by its score, or on the national form by the 分值 total (100) and then the score: two figures
        /// in a row mean points then score.
        /// </summary>
        private int ReadTotal(int i)
        {
            var label = tokens[i];
            Use(label);
            var first = NextNonEmpty(i + 1);
            if (first < 0 || tokens[first].Key is not null || !NumberText.TryParseFigure(tokens[first].Text, out _))
                return Value(i, (value, l) => _total = Figure(value, l, "points"));
            var second = NextNonEmpty(first + 1);
            if (second >= 0 && tokens[second].Key is null && NumberText.TryParseFigure(tokens[second].Text, out _)
                && (grid.Flattened ? tokens[second].Row == tokens[first].Row : true))
            {
                _totalPoints = Figure(tokens[first], label, "points");
                _total = Figure(tokens[second], label, "points");
                return second + 1;
            }
            _total = Figure(tokens[first], label, "points");
            return first + 1;
        }

        /// <summary>A label whose value is the next non-empty token that is not itself a label.</summary>
        private int Value(int i, Action<Token, Token> read)
        {
            Use(tokens[i]);
            var next = NextNonEmpty(i + 1);
            if (next < 0 || tokens[next].Key is not null) return i + 1;
            read(tokens[next], tokens[i]);
            return next + 1;
        }

        // ---- funds matrix ------------------------------------------------------------------------------------

        private int ReadFunds(int i)
        {
            var section = tokens[i];
            Use(section);
            if (UnitInLabel().Match(Width.Fold(section.Text)) is { Success: true } inLabel) SetUnit(new UnitInfo("万元", 10_000m, inLabel.Value), section);
            var headers = new List<(FundsColumn Column, Token Token)>();
            var j = i + 1;
            for (; j < tokens.Count; j++)
            {
                var t = tokens[j];
                if (t.IsEmpty) continue;
                if (t.Key is FieldKey.FundsSourceHeader or FieldKey.ProjectFundsSection) { Use(t); continue; }
                if (t.Key is null && IsUnitNote(t.Text)) { Use(t); SetUnit(new UnitInfo("万元", 10_000m, LabelText(Width.Fold(t.Text))), t); continue; }
                if (t.Key is { } key && ColumnKeys.Contains(key))
                {
                    Use(t);
                        headers.Add((new FundsColumn(ColumnKey(key), LabelText(t.Text), Symbol(t.Text)), t));
                    continue;
                }
                // A header the dictionary does not know is a column all the same when it declares a symbol (小计 ④=①+②+③)
                // or, in a structured grid, stands on the header row between known headers.
                var onHeaderRow = !grid.Flattened && headers.Count > 0 && t.Row == headers[^1].Token.Row;
                if (t.Key is null && !IsMatrixValue(t.Text) && (Symbol(t.Text) is not null || onHeaderRow))
                {
                    Use(t);
                    headers.Add((new FundsColumn($"column{headers.Count + 1}", LabelText(t.Text), Symbol(t.Text)), t));
                    continue;
                }
                break;
            }
            if (headers.Count == 0) return j;

            var rows = new List<FundsRow>();
            while (j < tokens.Count)
            {
                j = SkipEmpty(j);
                if (j >= tokens.Count || RowKey(tokens[j]) is not { } rowKey) break;
                var label = tokens[j];
                Use(label);
                var values = new List<Token>();
                j++;
                // Values follow until the next label; a structured grid keeps empty slots, a flattened one does not.
                while (j < tokens.Count && tokens[j].Key is null && values.Count < headers.Count)
                {
                    var t = tokens[j];
                    if (!grid.Flattened && !t.IsEmpty && t.Row != label.Row && values.Count > 0) break;
                    if (grid.Flattened && !IsMatrixValue(t.Text) && !(headers[values.Count].Column.Key == "reason")) break;
                    values.Add(t);
                    j++;
                }
                rows.Add(BuildRow(rowKey, label, values, headers, rows.Count > 0));
            }
            _funds = new FundsMatrix
            {
                Columns = headers.Select(h => h.Column).ToList(),
                Rows = rows,
                Formulas = HeaderFormulas(headers.Select(h => h.Column)),
            };
            return j;
        }

        private FundsRow BuildRow(string rowKey, Token label, List<Token> values, List<(FundsColumn Column, Token Token)> headers, bool isPart)
        {
            var nonEmpty = values.Count(v => !v.IsEmpty && !IsNotApplicable(v.Text));
            var moneyColumns = headers.Count(h => h.Column.Key is "initialBudget" or "adjustedBudget" or "executed");
            // A note column (原因) at the end is often left empty: that is no ambiguity.
            var figureColumns = headers.Count - (headers[^1].Column.Key == "reason" ? 1 : 0);
            if (grid.Flattened && nonEmpty > 0 && values.Count < figureColumns && values.Count != moneyColumns)
                _notes.Add(new Note("ambiguous-order", $"{label.Text}: {values.Count} values for {headers.Count} columns; placed in order from {headers[0].Column.Label}", label.First?.Origin.Describe()));
            var cells = new List<FundsCell>();
            TextField? remark = null;
            for (var k = 0; k < values.Count; k++)
            {
                var value = values[k];
                var (column, header) = headers[k];
                if (value.IsEmpty) { Use(value); continue; }
                if (IsNotApplicable(value.Text)) { Use(value); continue; }
                if (column.Key == "reason") { remark = Text(value, header); continue; }
                var kind = column.Key switch
                {
                    "rate" => "percent",
                    "weight" or "score" => "points",
                    _ when column.Label.Contains('率') || column.Label.Contains('%') => "percent",
                    _ => "money",
                };
                if (Figure(value, header, kind) is { } figure) cells.Add(new FundsCell(column.Key, figure));
            }
            return new FundsRow(rowKey, LabelText(label.Text), isPart, cells) { Remark = remark, Source = Provenance(label, null) };
        }

        private string? RowKey(Token token)
        {
            if (token.Key is { } key && RowKeys.TryGetValue(key, out var rowKey)) return rowKey;
            if (token.Key != FieldKey.OfWhich) return null;
            var part = labels.Lookup(LabelDictionary.OfWhichName(token.Text));
            return part is { } p && RowKeys.TryGetValue(p, out var partKey) ? partKey : "part:" + LabelDictionary.OfWhichName(token.Text);
        }

        private static string ColumnKey(FieldKey key) => key switch
        {
            FieldKey.InitialBudget => "initialBudget",
            FieldKey.AdjustedBudget => "adjustedBudget",
            FieldKey.ActualExpenditure => "executed",
            FieldKey.Weight => "weight",
            FieldKey.Score => "score",
            FieldKey.CompletionRate => "rate",
            _ => "reason",
        };

        /// <summary>A column's declared symbol: (A), (B) after the label, or a circled number ①–⑳ in it.</summary>
        private static string? Symbol(string header)
        {
            var text = Width.Fold(header);
            var circled = text.FirstOrDefault(c => c is >= '\u2460' and <= '\u2473');
            if (circled != default) return circled.ToString();
            var match = LetterSymbol().Match(text);
            return match.Success ? match.Groups[1].Value : null;
        }

        private static List<HeaderFormula> HeaderFormulas(IEnumerable<FundsColumn> columns)
        {
            var formulas = new List<HeaderFormula>();
            foreach (var column in columns)
            {
                var text = Width.Fold(column.Label).Replace(" ", "", StringComparison.Ordinal);
                var equals = text.IndexOf('=');
                if (equals >= 0 && equals + 1 < text.Length)
                {
                    formulas.Add(new HeaderFormula(column.Key, column.Label, Expression(text[(equals + 1)..])));
                    continue;
                }
                var ratio = RatioInParentheses().Match(text);
                if (ratio.Success) formulas.Add(new HeaderFormula(column.Key, column.Label, ratio.Groups[1].Value));
            }
            return formulas;
        }

        private static string Expression(string text) =>
            new(text.TakeWhile(c => c is '+' or '-' or '*' or '/' or '×' or '÷' or '(' or ')' || char.IsAsciiLetterUpper(c) || c is >= '\u2460' and <= '\u2473')
                .Select(c => c switch { '×' => '*', '÷' => '/', _ => c }).ToArray());

        // ---- goal ----------------------------------------------------------------------------------------------

        private int ReadGoal(int i)
        {
            Use(tokens[i]);
            Token? expectedLabel = null, achievedLabel = null;
            var j = i + 1;
            for (; j < tokens.Count; j++)
            {
                var t = tokens[j];
                if (t.IsEmpty) continue;
                if (t.Key == FieldKey.ExpectedGoal) { expectedLabel = t; Use(t); continue; }
                if (t.Key == FieldKey.AchievedGoal) { achievedLabel = t; Use(t); continue; }
                break;
            }
            TextField? Next(Token? label)
            {
                if (label is null) return null;
                j = SkipEmpty(j);
                if (j >= tokens.Count || tokens[j].Key is not null) return null;
                return Text(tokens[j++], label);
            }
            var expected = Next(expectedLabel);
            var achieved = Next(achievedLabel);
            _goal = new GoalPair(expected, achieved);
            return j;
        }

        // ---- indicator tree ------------------------------------------------------------------------------------

        private int ReadIndicators(int i)
        {
            var roles = new List<(FieldKey Key, Token Token)>();
            var j = i;
            for (; j < tokens.Count; j++)
            {
                var t = tokens[j];
                if (t.IsEmpty) continue;
                if (t.Key == FieldKey.IndicatorsSection) { Use(t); continue; }
                if (t.Key is not { } key || !IndicatorHeaderKeys.Contains(key)) break;
                Use(t);
                roles.Add((key, t));
            }
            // A header cell the dictionary does not know (or cut off: "得分计算") on the header's own line is a column, not an indicator.
            var headerRow = roles.Count > 0 ? roles[^1].Token.Row : -1;
            while (j < tokens.Count && grid.RowCount > 3 && !tokens[j].IsEmpty && tokens[j].Key is null && tokens[j].Row == headerRow)
            {
                _notes.Add(new Note("unknown-header", $"column header \"{tokens[j].Text}\" is not in the label dictionary", tokens[j].First?.Origin.Describe()));
                j++;
            }
            var level3 = roles.FindIndex(r => r.Key == FieldKey.Level3Header);
            var valueRoles = level3 >= 0 ? roles.Skip(level3 + 1).ToList() : roles.Where(r => r.Key is not (FieldKey.Level1Header or FieldKey.Level2Header)).ToList();
            if (valueRoles.Count == 0) return j;
            var weightAt = valueRoles.FindIndex(r => r.Key == FieldKey.Weight) + 1;
            var scoreAt = valueRoles.FindIndex(r => r.Key == FieldKey.Score) + 1;

            // In a structured grid the header's columns say which level a cell is, whatever its wording (项目立项, 投入管理 …).
            int? ColumnOf(FieldKey key) => grid.Flattened ? null : roles.FirstOrDefault(r => r.Key == key).Token?.First?.Column;
            var levelColumns = (ColumnOf(FieldKey.Level1Header), ColumnOf(FieldKey.Level2Header), ColumnOf(FieldKey.Level3Header));

            GroupBuilder? group = null;
            TextField? level2 = null;
            while (j < tokens.Count)
            {
                var t = tokens[j];
                if (t.IsEmpty) { Use(t); j++; continue; }
                if (t.Key is FieldKey.TotalScore or FieldKey.FormTitle or FieldKey.ProjectName or FieldKey.AnnualGoalSection
                    or FieldKey.ProjectFundsSection or FieldKey.Level1Header || (t.Key is { } k && NarrativeKeys.ContainsKey(k)))
                    break;
                var level = LevelByColumn(t, levelColumns) ?? Level(t, group);
                if (level == 3 && !IsPlaceholder(t.Text))
                {
                    group ??= AddImplicitGroup();
                    j = ReadIndicator(j, valueRoles, weightAt, scoreAt, level2, group);
                    continue;
                }
                if (level == 1)
                {
                    var name = StripPoints(t.Text, out var points);
                    if (group is not null && group.Name.Text == name && points is null)
                    {
                        Use(t); // a repeated 一级 label (page-break artefact) continues its group
                    }
                    else
                    {
                        group = new GroupBuilder(Text(t, roles.FirstOrDefault(r => r.Key == FieldKey.Level1Header).Token) with { Text = name },
                            points is null ? null : PointsFigure(t, points));
                        _groups.Add(group.Build());
                    }
                    level2 = null;
                    j++;
                    continue;
                }
                if (level == 2)
                {
                    level2 = Text(t, roles.FirstOrDefault(r => r.Key == FieldKey.Level2Header).Token) with { Text = LabelText(t.Text) };
                    j++;
                    continue;
                }
                if (IsPlaceholder(t.Text))
                {
                    Use(t);
                    j++;
                    continue;
                }
                if (t.Key is not null) break;

                group ??= AddImplicitGroup();
                j = ReadIndicator(j, valueRoles, weightAt, scoreAt, level2, group);
            }
            // The tree closes with a 总分/合计 row or narrative rows; running out of text inside it means a cut capture.
            if (j >= tokens.Count && !_truncated)
            {
                _truncated = true;
                var last = group?.Indicators.LastOrDefault()?.Name.Text ?? group?.Name.Text;
                _notes.Add(new Note("truncated", last is null
                    ? "the table ends after the indicator header: the indicator tree is missing"
                    : $"the table ends inside the indicator tree (after {last}) before its 总分 row", null));
            }
            return j;
        }

        private GroupBuilder AddImplicitGroup()
        {
            var group = new GroupBuilder(new TextField("", new Provenance(null, "", "")), null);
            _groups.Add(group.Build());
            return group;
        }

        private int ReadIndicator(int j, List<(FieldKey Key, Token Token)> valueRoles, int weightAt, int scoreAt, TextField? level2, GroupBuilder group)
        {
            var nameToken = tokens[j];
            var name = Text(nameToken, null);
            j++;
            var values = new Dictionary<FieldKey, (Token Value, Token Header)>();
            var complete = true;
            foreach (var (role, header) in valueRoles)
            {
                if (!grid.Flattened && j < tokens.Count && tokens[j].IsEmpty)
                {
                    Use(tokens[j]);
                    j++;
                    continue;
                }
                if (j >= tokens.Count) { complete = false; break; }
                var v = tokens[j];
                if (v.Key is not null && !IsPlaceholder(v.Text)) { complete = role == FieldKey.DeviationReason; break; }
                if (role == FieldKey.DeviationReason && IsPlaceholder(v.Text)) break;
                if (grid.Flattened)
                {
                    if (role is FieldKey.Weight or FieldKey.Score && !NumberText.TryParseFigure(v.Text, out _)) { complete = false; break; }
                    // In a capture that kept one line per row, the rest of the name's line is its record.
                    var sameLine = grid.RowCount > 3 && v.Row == nameToken.Row;
                    if (role == FieldKey.DeviationReason && !sameLine && StartsIndicator(j, weightAt, scoreAt)) break;
                    if (role == FieldKey.Nature && !IsNature(v.Text)) continue;
                    if (role == FieldKey.MeasureUnit && (v.Text.Length > 6 || NumberText.TryParseFigure(v.Text, out _))) continue;
                }
                values[role] = (v, header);
                Use(v);
                j++;
            }
            if (!complete && j >= tokens.Count)
            {
                _truncated = true;
                _notes.Add(new Note("truncated", $"the table ends inside the indicator {nameToken.Text}", nameToken.First?.Origin.Describe()));
            }

            Quantity? QuantityOf(FieldKey role)
            {
                if (!values.TryGetValue(role, out var pair)) return null;
                var quantity = QuantityParser.Parse(pair.Value.Text, Provenance(pair.Value, pair.Header));
                if (role == FieldKey.TargetValue && values.TryGetValue(FieldKey.Nature, out var nature) && quantity.Comparator is null)
                    quantity = quantity with { Comparator = QuantityParser.Parse(nature.Value.Text + "0").Comparator };
                if (role == FieldKey.TargetValue && values.TryGetValue(FieldKey.MeasureUnit, out var unit) && quantity.Unit is null)
                    quantity = quantity with { Unit = unit.Value.Text };
                return quantity;
            }
            StatedFigure? PointsOf(FieldKey role) => values.TryGetValue(role, out var pair) ? Figure(pair.Value, pair.Header, "points") : null;

            group.Indicators.Add(new Indicator
            {
                Level2 = level2,
                Name = name,
                Target = QuantityOf(FieldKey.TargetValue),
                Actual = QuantityOf(FieldKey.ActualValue),
                Weight = PointsOf(FieldKey.Weight),
                Score = PointsOf(FieldKey.Score),
                Deviation = values.TryGetValue(FieldKey.DeviationReason, out var reason) ? Text(reason.Value, reason.Header) : null,
            });
            return j;
        }

        /// <summary>Does an indicator start at <paramref name="j"/>: a name followed by numbers where weight and score stand?</summary>
        private bool StartsIndicator(int j, int weightAt, int scoreAt)
        {
            if (tokens[j].Key is not null || weightAt <= 0 || scoreAt <= 0 || j + scoreAt >= tokens.Count) return false;
            // The tokens up to the score must all be values (a 二级 label between shifts every position).
            for (var k = 1; k <= scoreAt; k++)
                if (tokens[j + k].Key is not null) return false;
            bool PointsAt(int k) => NumberText.TryParseFigure(tokens[j + k].Text, out var n) && !n.IsPercent;
            return PointsAt(weightAt) && PointsAt(scoreAt);
        }

        private static int? LevelByColumn(Token t, (int? Level1, int? Level2, int? Level3) columns)
        {
            if (t.First is not { } cell) return null;
            if (cell.Column == columns.Level1) return 1;
            if (cell.Column == columns.Level2) return 2;
            if (cell.Column == columns.Level3) return 3;
            return null;
        }

        /// <summary>
        /// 1 for a 一级 name (产出指标, 效益指标(30分) …), 2 for a 二级 name, 0 otherwise. 满意度指标 names both a 一级 and,
        /// under it, a 二级: inside its own group and without stated points it is the 二级.
        /// </summary>
        private int Level(Token t, GroupBuilder? current)
        {
            var name = StripPoints(t.Text, out var points);
            var key = labels.Lookup(name);
            if (key == FieldKey.Level2Name) return 2;
            if (key != FieldKey.Level1Name) return 0;
            if (points is null && current is not null && current.Name.Text == name && name == "满意度指标") return 2;
            return 1;
        }

        private StatedFigure PointsFigure(Token t, string points) => new()
        {
            Value = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture),
            Raw = t.Text,
            Decimals = points.Contains('.') ? points.Length - points.IndexOf('.') - 1 : 0,
            Kind = "points",
            Source = Provenance(t, null),
        };

        private static string StripPoints(string text, out string? points)
        {
            var compact = LabelText(Width.Fold(text));
            var match = StatedPoints().Match(compact);
            points = match.Success ? match.Groups["points"].Value : null;
            return match.Success ? match.Groups["name"].Value : compact;
        }

        private static bool IsPlaceholder(string text) => Placeholder().IsMatch(Width.Fold(text).Trim());

        private static bool IsNature(string text) => Width.Fold(text).Trim() is "≥" or "≤" or "=" or ">" or "<" or ">=" or "<=" or "定性" or "定量" or "正向" or "反向";

        private static bool IsMatrixValue(string text) => NumberText.TryParseFigure(text, out _) || IsNotApplicable(text);

        private static bool IsNotApplicable(string text) => Width.Fold(text).Trim() is "/" or "-" or "—" or "--" or "无";

        private static bool IsUnitNote(string text) => Width.Fold(text).Replace(" ", "", StringComparison.Ordinal) is "(万元)" or "(元)" or "单位:万元";

        // ---- helpers -------------------------------------------------------------------------------------------

        private sealed class GroupBuilder(TextField name, StatedFigure? points)
        {
            public TextField Name { get; } = name;
            public List<Indicator> Indicators { get; } = [];
            public IndicatorGroup Build() => new() { Name = Name, StatedPoints = points, Indicators = Indicators };
        }

        private void SetUnit(UnitInfo unit, Token token)
        {
            Use(token);
            if (_unitStated) return;
            _unit = unit;
            _unitStated = true;
        }

        private StatedFigure? Figure(Token value, Token? label, string kind)
        {
            Use(value);
            if (!NumberText.TryParseFigure(value.Text, out var number))
            {
                _notes.Add(new Note("not-a-figure", $"expected a figure under {label?.Text ?? "a figure column"} but found \"{value.Text}\"", value.First?.Origin.Describe()));
                return null;
            }
            if (kind == "percent" || number.IsPercent)
                return new StatedFigure { Value = number.Value, Raw = value.Text, Decimals = number.Decimals, Kind = "percent", Source = Provenance(value, label) };
            if (kind == "money")
                return new StatedFigure
                {
                    Value = number.Value, Raw = value.Text, Decimals = number.Decimals, Kind = "money", Unit = _unit.Name,
                    Yuan = number.Value * _unit.YuanPerUnit / 1.000000000000000000000000000000000m, Source = Provenance(value, label),
                };
            return new StatedFigure { Value = number.Value, Raw = value.Text, Decimals = number.Decimals, Kind = kind, Source = Provenance(value, label) };
        }

        private OrganizationField Organization(Token value, Token label)
        {
            var printed = Text(value, label);
            var match = OrganizationCode().Match(value.Text);
            return match.Success
                ? new OrganizationField(match.Groups["name"].Value, match.Groups["code"].Value, printed)
                : new OrganizationField(value.Text, null, printed);
        }

        private TextField Text(Token token, Token? label)
        {
            Use(token);
            if (label is not null) Use(label);
            return new TextField(token.Text, Provenance(token, label));
        }

        private Provenance Provenance(Token token, Token? label) =>
            token.First is { } cell
                ? new Provenance(label is null ? null : LabelText(label.Text), cell.Name, string.Join("; ", token.Cells.Select(c => c.Origin.Describe())))
                : new Provenance(label?.Text, "", "");

        private void Use(Token token)
        {
            foreach (var cell in token.Cells) _ledger.Use(cell);
        }

        private int NextNonEmpty(int from)
        {
            var j = SkipEmpty(from);
            return j < tokens.Count ? j : -1;
        }

        private int SkipEmpty(int from)
        {
            while (from < tokens.Count && tokens[from].IsEmpty) from++;
            return from;
        }

        /// <summary>A label as the output names it: its words without the line breaks and spaces a cell wrapped it with.</summary>
        private static string LabelText(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

        private static int? YearIn(string text)
        {
            var match = Year().Match(Width.Fold(text));
            return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
    }

    [GeneratedRegex(@"^(?<code>[0-9A-Z]{6,})[-－](?<rest>.+)$")]
    private static partial Regex CodePrefix();

    [GeneratedRegex(@"^(?<code>[0-9]{2,})[-－](?<name>.+)$")]
    private static partial Regex OrganizationCode();

    [GeneratedRegex(@"^(?<name>.+?)\((?<points>\d+(\.\d+)?)分\)$")]
    private static partial Regex StatedPoints();

    [GeneratedRegex(@"^(指标\s*[0-9LlI一二三]?[:：]?|…+|\.{3,}|……)$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\(([A-Z])\)")]
    private static partial Regex LetterSymbol();

    [GeneratedRegex(@"\(([A-Z](?:[/+\-*][A-Z])+)\)")]
    private static partial Regex RatioInParentheses();

    [GeneratedRegex(@"(19|20)\d{2}")]
    private static partial Regex Year();

    /// <summary>The unit a funds section label declares in brackets: 项目资金(万元).</summary>
    [GeneratedRegex(@"\(万元\)")]
    private static partial Regex UnitInLabel();

    /// <summary>A year standing alone after a title: "(2022年度)", "2019年度)" (its bracket lost), "2021年".</summary>
    [GeneratedRegex(@"^\(?(19|20)\d{2}年度?\)?$")]
    private static partial Regex YearNote();
}
