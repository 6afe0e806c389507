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

    public string Family => "project";

    public int Score(Grid grid)
    {
        var found = FormLabels.Found(grid, labels, Signature);
        // An indicator tree alone (a scoring sheet, a 基础数据表) is not this form: it needs a name or a funds block.
        var identified = found.Overlaps([FieldKey.ProjectName, FieldKey.ProjectFundsSection, FieldKey.FundsTotal]);
        return identified && found.Count >= 4 ? found.Count : 0;
    }

    public Recognition Recognize(Grid grid)
    {
        var reading = new MatrixReading(grid, labels, TokenSequence.From(grid, labels));
        return new Pass(reading, new FundsMatrixReader(reading), new IndicatorTreeReader(reading)).Run();
    }

    /// <summary>
    /// One recognition of one grid: the header fields, goal, total and narratives read so far. The funds matrix and the
    /// indicator tree go to their own readers, which share the pass's tokens, used cells, notes and unit.
    /// </summary>
    private sealed class Pass(MatrixReading reading, FundsMatrixReader funds, IndicatorTreeReader indicators)
    {
        private TextField? _title;
        private TextField? _name;
        private string? _nameCode;
        private OrganizationField? _department;
        private OrganizationField? _implementer;
        private YearField? _year;
        private GoalPair? _goal;
        private StatedFigure? _total;
        private StatedFigure? _totalPoints;
        private StatedFigure? _reviewScore;
        /// <summary>A header label whose value did not follow it (OCR put another label there): it may stand further on.</summary>
        private Token? _implementerWithoutValue;
        private readonly List<Narrative> _narratives = [];
        private bool _departmentFamily;

        public Recognition Run()
        {
            var tokens = reading.Tokens;
            ReadPreamble();
            var start = TableStart();
            for (var i = start; i < tokens.Count;)
                i = Step(i);

            if (!reading.UnitStated) reading.Notes.Add(new Note("unit-assumed", "the table declares no money unit; 万元 assumed", null));
            var form = new FormInfo(_departmentFamily ? "department" : "project",
                _departmentFamily ? "department-matrix" : "project-national", _title?.Text);
            var groups = indicators.Groups.ToList();
            return new Recognition
            {
                Form = form,
                Unit = reading.Unit,
                Project = _departmentFamily ? null : new ProjectReport
                {
                    Name = _name,
                    NameCode = _nameCode,
                    Department = _department,
                    Implementer = _implementer,
                    Year = _year,
                    Funds = funds.Matrix,
                    AnnualGoal = _goal,
                    IndicatorGroups = groups,
                    IndicatorTreeClosed = groups.Count > 0 ? indicators.Closed : null,
                    TotalScore = _total,
                    TotalPoints = _totalPoints,
                    ReviewScore = _reviewScore,
                    Narratives = _narratives,
                },
                Department = !_departmentFamily ? null : new DepartmentReport
                {
                    Name = _name,
                    Year = _year,
                    FundsMatrix = funds.Matrix,
                    AnnualGoal = _goal,
                    Tasks = [],
                    IndicatorGroups = groups,
                    IndicatorTreeClosed = groups.Count > 0 ? indicators.Closed : null,
                    TotalScore = _total,
                    Narratives = _narratives,
                },
                Unrecognized = reading.Unused(),
                Notes = reading.Notes,
                Truncated = indicators.Truncated,
            };
        }

        /// <summary>The lines printed above the table: its title (with the year in it, often) and 单位.</summary>
        private void ReadPreamble()
        {
            for (var n = 0; n < reading.Grid.Preamble.Count; n++)
            {
                var line = reading.Grid.Preamble[n];
                var source = new Provenance(null, "", $"{reading.Grid.Origin}, line {n + 1} above the table");
                if (UnitDeclaration.TryRead(line) is { } unit) reading.StateUnit(unit);
                if (reading.Labels.Lookup(line) == FieldKey.FormTitle || line.Contains("自评表", StringComparison.Ordinal))
                {
                    _title = new TextField(line, source); // the title nearest the table wins over a page heading
                    _departmentFamily |= line.Contains("部门整体", StringComparison.Ordinal);
                }
                if (_year is null && (line.Contains("自评表", StringComparison.Ordinal) || YearNote().IsMatch(Width.Fold(line).Trim())) && Years.In(line) is { } year)
                    _year = new YearField(year, line, source);
            }
        }

        /// <summary>
        /// A capture may begin with the tail of another table (the page's previous form). The table starts at the last
        /// title that is followed by the form's name label; what stands before it is left unrecognized, with a note.
        /// </summary>
        private int TableStart()
        {
            var tokens = reading.Tokens;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (tokens[i].Key != FieldKey.FormTitle) continue;
                var next = reading.NextNonEmpty(i + 1);
                // A year or a stray note may stand between the title and the first label: "(2022年度)".
                for (var skipped = 0; next >= 0 && skipped < 2 && tokens[next].Key is null; skipped++) next = reading.NextNonEmpty(next + 1);
                if (next < 0 || tokens[next].Key is not (FieldKey.ProjectName or FieldKey.DepartmentName)) continue;
                if (tokens.Take(i).Any(t => t.Key is FieldKey.Level1Header or FieldKey.Score or FieldKey.ProjectName or FieldKey.TotalScore))
                    reading.Notes.Add(new Note("preceding-table", $"the text before {tokens[i].Text} belongs to another table and is left unrecognized", tokens[i].First?.Origin.Describe()));
                return i;
            }
            return 0;
        }

        private int Step(int i)
        {
            var tokens = reading.Tokens;
            var token = tokens[i];
            switch (token.Key)
            {
                case FieldKey.FormTitle:
                    reading.Use(token);
                    _title ??= reading.Text(token, null);
                    _departmentFamily |= token.Text.Contains("部门整体", StringComparison.Ordinal);
                    if (Years.In(token.Text) is { } titleYear) _year ??= new YearField(titleYear, token.Text, reading.Provenance(token, null));
                    return i + 1;
                case FieldKey.ProjectName:
                    return Value(i, (value, label) =>
                    {
                        var match = CodePrefix().Match(value.Text);
                        _nameCode = match.Success ? match.Groups["code"].Value : null;
                        var text = reading.Text(value, label);
                        _name = match.Success ? text with { Text = match.Groups["rest"].Value } : text;
                    });
                case FieldKey.DepartmentName:
                    _departmentFamily = true;
                    return Value(i, (value, label) => _name = reading.Text(value, label));
                case FieldKey.SupervisingDepartment:
                    return Value(i, (value, label) => _department = Organization(value, label));
                case FieldKey.Implementer:
                {
                    var next = Value(i, (value, label) => _implementer = Organization(value, label));
                    if (_implementer is null) _implementerWithoutValue = token;
                    return next;
                }
                case FieldKey.ReviewScore:
                    // Left blank on most published tables: only a figure after it is its value.
                    reading.Use(token);
                    if (reading.NextNonEmpty(i + 1) is var score && score >= 0 && tokens[score].Key is null && NumberText.TryParseFigure(tokens[score].Text, out _))
                    {
                        _reviewScore = reading.Figure(tokens[score], token, Keys.Kinds.Points);
                        return score + 1;
                    }
                    return i + 1;
                case FieldKey.ProjectFundsSection or FieldKey.FundsSection:
                    return funds.Read(i);
                case FieldKey.AnnualGoalSection:
                    return ReadGoal(i);
                case FieldKey.ProjectOverviewSection:
                    reading.Use(token); // a heading: what it heads is read by its own labels
                    return i + 1;
                // Both goal headers side by side ("项目年度目标 | 年度目标完成情况"), the texts below: a header pair.
                case FieldKey.ExpectedGoal or FieldKey.AchievedGoal when reading.NextNonEmpty(i + 1) is var next && next >= 0
                    && tokens[next].Key is FieldKey.ExpectedGoal or FieldKey.AchievedGoal && tokens[next].Key != token.Key:
                    return ReadGoal(i - 1, fromHeaders: i);
                case FieldKey.ExpectedGoal:
                    return Value(i, (value, label) => _goal = new GoalPair(reading.Text(value, label), _goal?.Achieved));
                case FieldKey.AchievedGoal:
                    return Value(i, (value, label) => _goal = new GoalPair(_goal?.Expected, reading.Text(value, label)));
                case FieldKey.IndicatorsSection or FieldKey.Level1Header:
                    return indicators.Read(i);
                case FieldKey.TotalScore:
                    return ReadTotal(i);
                case { } key when FormLabels.Narratives.TryGetValue(key, out var narrative):
                    return Value(i, (value, label) => _narratives.Add(new Narrative(narrative, reading.Text(value, label))));
                default:
                    if (UnitDeclaration.TryRead(token.Text) is { } unit && token.Text.Length <= 20) reading.SetUnit(unit, token);
                    else if (_year is null && YearNote().IsMatch(Width.Fold(token.Text)) && Years.In(token.Text) is { } year)
                    {
                        reading.Use(token);
                        _year = new YearField(year, token.Text, reading.Provenance(token, null));
                    }
                    else if (_implementerWithoutValue is { } label && _implementer is null && funds.Matrix is null && reading.Grid.Flattened
                        && TokenSequence.IsRunTogether(reading.Grid, reading.Labels) && token.Key is null && LooksLikeOrganization(token.Text))
                    {
                        // Text standing alone in the header, after a label whose place it cannot fill: the unit whose
                        // label was followed by another label. The order placed it, so the output says so.
                        _implementer = Organization(token, label) with { Ambiguous = true };
                        reading.Notes.Add(new Note("ambiguous-order", $"{label.Text} is followed by another label; \"{token.Text}\", standing alone further on, is read as its value", token.First?.Origin.Describe()));
                    }
                    // A capture's page number ("1、") standing alone is no content of the table.
                    else if (reading.Grid.Flattened && RunTogether.IsPageMarker(token.Text)) reading.Use(token);
                    return i + 1;
            }
        }

        /// <summary>
        /// 总分 is followed by its score, or on the national form by the 分值 total (100) and then the score: two figures
        /// in a row mean points then score.
        /// </summary>
        private int ReadTotal(int i)
        {
            var tokens = reading.Tokens;
            var label = tokens[i];
            reading.Use(label);
            var first = reading.NextNonEmpty(i + 1);
            if (first < 0 || tokens[first].Key is not null || !NumberText.TryParseFigure(tokens[first].Text, out _))
                return Value(i, (value, l) => _total = reading.Figure(value, l, Keys.Kinds.Points));
            var second = reading.NextNonEmpty(first + 1);
            if (second >= 0 && tokens[second].Key is null && NumberText.TryParseFigure(tokens[second].Text, out _)
                && (reading.Grid.Flattened ? tokens[second].Row == tokens[first].Row : true))
            {
                _totalPoints = reading.Figure(tokens[first], label, Keys.Kinds.Points);
                _total = reading.Figure(tokens[second], label, Keys.Kinds.Points);
                return second + 1;
            }
            _total = reading.Figure(tokens[first], label, Keys.Kinds.Points);
            return first + 1;
        }

        /// <summary>A label whose value is the next non-empty token that is not itself a label.</summary>
        private int Value(int i, Action<Token, Token> read)
        {
            var tokens = reading.Tokens;
            reading.Use(tokens[i]);
            var next = reading.NextNonEmpty(i + 1);
            if (next < 0 || tokens[next].Key is not null) return i + 1;
            read(tokens[next], tokens[i]);
            return next + 1;
        }

        // ---- goal ----------------------------------------------------------------------------------------------

        /// <summary>The goal section: its two headers, then the two texts in the headers' order.</summary>
        private int ReadGoal(int i, int? fromHeaders = null)
        {
            var tokens = reading.Tokens;
            if (fromHeaders is null) reading.Use(tokens[i]);
            Token? expectedLabel = null, achievedLabel = null;
            var j = fromHeaders ?? i + 1;
            for (; j < tokens.Count; j++)
            {
                var t = tokens[j];
                if (t.IsEmpty) continue;
                if (t.Key == FieldKey.ExpectedGoal) { expectedLabel = t; reading.Use(t); continue; }
                if (t.Key == FieldKey.AchievedGoal) { achievedLabel = t; reading.Use(t); continue; }
                break;
            }
            TextField? Next(Token? label)
            {
                if (label is null) return null;
                j = reading.SkipEmpty(j);
                if (j >= tokens.Count || tokens[j].Key is not null) return null;
                return reading.Text(tokens[j++], label);
            }
            var expected = Next(expectedLabel);
            var achieved = Next(achievedLabel);
            _goal = new GoalPair(expected, achieved);
            return j;
        }

        /// <summary>
        /// A unit's name: short, no digits, brackets or colons (（盖章）, 填报人:), ending as units' names end (…中学, …局,
        /// …中心, …政府 …).
        /// </summary>
        private static bool LooksLikeOrganization(string text)
        {
            var name = Width.Fold(text).Trim();
            // A trailing note in brackets qualifies a unit (XX县教育局(本级)); a text that is all brackets is a note.
            if (name.EndsWith(')') && name.LastIndexOf('(') is var open and > 0) name = name[..open];
            if (name.Length is < 4 or > 40 || name.Any(c => char.IsAsciiDigit(c) || c is '(' or ')' or ':' or '[' or ']')) return false;
            return OrganizationEndings.Any(ending => name.EndsWith(ending, StringComparison.Ordinal));
        }

        private static readonly string[] OrganizationEndings =
        [
            "局", "厅", "委", "委员会", "办", "办公室", "部", "处", "科", "所", "站", "队", "院", "校", "学", "中心", "政府",
            "街道", "镇", "乡", "村", "馆", "园", "会", "联", "社", "公司", "集团", "医院", "监狱", "法院", "检察院", "单位",
            "场", "厂", "台", "组", "团", "署",
        ];

        private OrganizationField Organization(Token value, Token label)
        {
            var printed = reading.Text(value, label);
            var match = OrganizationCode().Match(value.Text);
            return match.Success
                ? new OrganizationField(match.Groups["name"].Value, match.Groups["code"].Value, printed)
                : new OrganizationField(value.Text, null, printed);
        }

    }

    [GeneratedRegex(@"^(?<code>[0-9A-Z]{6,})[-－](?<rest>.+)$")]
    private static partial Regex CodePrefix();

    [GeneratedRegex(@"^(?<code>[0-9]{2,})[-－](?<name>.+)$")]
    private static partial Regex OrganizationCode();


    /// <summary>A year standing alone after a title: "(2022年度)", "2019年度)" (its bracket lost), "2021年".</summary>
    [GeneratedRegex(@"^\(?(19|20)[0-9]{2}年度?\)?$")]
    private static partial Regex YearNote();
}
