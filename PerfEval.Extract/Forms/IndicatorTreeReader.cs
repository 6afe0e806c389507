using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Reads a matrix form's three-level indicator tree: the header that names its columns, then 一级 groups, 二级 names
/// and the 三级 indicators with their target, actual value, weight, score and deviation reason.
/// </summary>
internal sealed partial class IndicatorTreeReader(MatrixReading reading)
{
    private static readonly HashSet<FieldKey> IndicatorHeaderKeys =
    [
        FieldKey.Level1Header, FieldKey.Level2Header, FieldKey.Level3Header, FieldKey.Nature, FieldKey.TargetValue,
        FieldKey.MeasureUnit, FieldKey.ActualValue, FieldKey.Weight, FieldKey.Score, FieldKey.DeviationReason,
    ];

    /// <summary>The groups of every tree read so far, in order.</summary>
    public List<IndicatorGroup> Groups { get; } = [];

    /// <summary>Whether the text ran out inside a tree: the capture was cut.</summary>
    public bool Truncated { get; private set; }

    /// <summary>True when the tree ended at its 总分/合计 row: only then is it known to be whole, and its sums checkable.</summary>
    public bool Closed { get; private set; }

    /// <summary>Reads the tree whose header starts at <paramref name="i"/>; returns where the tree ends.</summary>
    public int Read(int i)
    {
        var tokens = reading.Tokens;
        var grid = reading.Grid;
        var roles = new List<(FieldKey Key, Token Token)>();
        var j = i;
        for (; j < tokens.Count; j++)
        {
            var t = tokens[j];
            if (t.IsEmpty) continue;
            if (t.Key == FieldKey.IndicatorsSection) { reading.Use(t); continue; }
            if (t.Key is not { } key || !IndicatorHeaderKeys.Contains(key)) break;
            reading.Use(t);
            roles.Add((key, t));
        }
        // A header cell the dictionary does not know (or cut off: "得分计算") on the header's own line is a column, not an indicator.
        var headerRow = roles.Count > 0 ? roles[^1].Token.Row : -1;
        while (j < tokens.Count && grid.RowCount > 3 && !tokens[j].IsEmpty && tokens[j].Key is null && tokens[j].Row == headerRow)
        {
            reading.Notes.Add(new Note("unknown-header", $"column header \"{tokens[j].Text}\" is not in the label dictionary", tokens[j].First?.Origin.Describe()));
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

        // Rows are split at their numbers only where the capture ran its cells together (OCR); a clean capture's
        // names may hold numbers of their own (资助家庭经济困难学生50名).
        var runTogetherDocument = grid.Flattened && TokenSequence.IsRunTogether(grid, reading.Labels);
        GroupBuilder? group = null;
        TextField? level2 = null;
        while (j < tokens.Count)
        {
            var t = tokens[j];
            if (t.IsEmpty) { reading.Use(t); j++; continue; }
            if (t.Key is FieldKey.TotalScore or FieldKey.FormTitle or FieldKey.ProjectName or FieldKey.AnnualGoalSection
                or FieldKey.ProjectFundsSection or FieldKey.Level1Header || (t.Key is { } k && FormLabels.Narratives.ContainsKey(k)))
            {
                Closed = t.Key == FieldKey.TotalScore;
                break;
            }
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
                    reading.Use(t); // a repeated 一级 label (page-break artefact) continues its group
                }
                else
                {
                    group = new GroupBuilder(reading.Text(t, roles.FirstOrDefault(r => r.Key == FieldKey.Level1Header).Token) with { Text = name },
                        points is null ? null : PointsFigure(t, points));
                    Groups.Add(group.Build());
                }
                level2 = null;
                j++;
                continue;
            }
            if (level == 2)
            {
                // A 二级 may state its own points: 数量指标(10分).
                var name2 = StripPoints(t.Text, out var points2);
                _level2Points = points2 is null ? null : PointsFigure(t, points2);
                level2 = reading.Text(t, roles.FirstOrDefault(r => r.Key == FieldKey.Level2Header).Token) with { Text = name2 };
                j++;
                continue;
            }
            if (IsPlaceholder(t.Text) || (runTogetherDocument && RunTogether.IsPageMarker(t.Text)))
            {
                reading.Use(t);
                j++;
                continue;
            }
            // OCR rows run together: a label that names a 三级 (预算执行率) followed by the row's text, or the text alone.
            // A row weighs no more than the 二级 or 一级 it stands under states.
            var ceiling = (level2 is null ? null : _level2Points?.Value) ?? group?.Points?.Value;
            if (runTogetherDocument && weightAt > 0 && scoreAt > 0 && RunTogetherText(t, j, ceiling) is { } runTogether)
            {
                group ??= AddImplicitGroup();
                j = AddRunTogetherRows(j, runTogether, valueRoles, level2, group);
                continue;
            }
            if (t.Key is not null) break;
            // A short name with nothing of its own, right before a run-together row, is that row's 二级 (投入管理 before
            // 预算执行率10一100%9…).
            if (runTogetherDocument && t.Text.Length <= 8 && !t.Text.Any(char.IsAsciiDigit) && NextSkippingMarkers(j + 1) is { } next
                && RunTogetherText(tokens[next], next, ceiling) is not null)
            {
                level2 = reading.Text(t, roles.FirstOrDefault(r => r.Key == FieldKey.Level2Header).Token) with { Text = MatrixReading.LabelText(t.Text) };
                _level2Points = null; // a 二级 named this way states no points of its own
                j++;
                continue;
            }
            if (runTogetherDocument && t.Text.Length > 12 && t.Text.Any(char.IsAsciiDigit))
                reading.Notes.Add(new Note("rows-not-split", $"run-together text the numbers do not frame as rows, kept as one indicator name: \"{Abbreviate(t.Text)}\"", t.First?.Origin.Describe()));

            group ??= AddImplicitGroup();
            j = ReadIndicator(j, valueRoles, weightAt, scoreAt, level2, group);
        }
        // The tree closes with a 总分/合计 row or narrative rows; running out of text inside it means a cut capture.
        if (j >= tokens.Count && !Truncated)
        {
            Truncated = true;
            var last = group?.Indicators.LastOrDefault()?.Name.Text ?? group?.Name.Text;
            reading.Notes.Add(new Note(Keys.Notes.Truncated, last is null
                ? "the table ends after the indicator header: the indicator tree is missing"
                : $"the table ends inside the indicator tree (after {last}) before its 总分 row", null));
        }
        return j;
    }

    /// <summary>The run-together row text at <paramref name="j"/> (or after a label naming its first row), if it reads as rows.</summary>
    private (IReadOnlyList<RunTogetherRows.Row> Rows, int Tokens)? RunTogetherText(Token t, int j, decimal? ceiling)
    {
        var tokens = reading.Tokens;
        if (t.Key is null && t.Text.Length > 12 && RunTogetherRows.Split(t.Text, maximumWeight: ceiling) is { } rows) return (rows, 1);
        if (t.Key is not (FieldKey.CompletionRate or FieldKey.AdjustmentRate) || j + 1 >= tokens.Count || tokens[j + 1].Key is not null
            || !char.IsAsciiDigit(tokens[j + 1].Text.FirstOrDefault()))
            return null;
        // The weight may have been split off the rest of the row when the run-together text was cut at labels.
        var joinNext = j + 2 < tokens.Count && tokens[j + 2].Key is null && tokens[j + 1].Text.All(char.IsAsciiDigit)
            && ReferenceEquals(tokens[j + 1].First, tokens[j + 2].First);
        var text = joinNext ? tokens[j + 1].Text + tokens[j + 2].Text : tokens[j + 1].Text;
        return RunTogetherRows.Split(text, t.Text, ceiling) is { } named ? (named, joinNext ? 3 : 2) : null;
    }

    private int AddRunTogetherRows(int j, (IReadOnlyList<RunTogetherRows.Row> Rows, int Tokens) runTogether, List<(FieldKey Key, Token Token)> valueRoles,
        TextField? level2, GroupBuilder group)
    {
        var tokens = reading.Tokens;
        var source = tokens[j + runTogether.Tokens - 1] with { Text = string.Concat(tokens.Skip(j + (runTogether.Tokens > 1 ? 1 : 0)).Take(Math.Max(1, runTogether.Tokens - 1)).Select(x => x.Text)) };
        for (var n = 0; n < runTogether.Tokens; n++) reading.Use(tokens[j + n]);
        Token Piece(string text) => source with { Text = text, Key = null };
        Token? Header(FieldKey key) => valueRoles.FirstOrDefault(r => r.Key == key).Token;
        reading.Notes.Add(new Note("rows-run-together", $"{runTogether.Rows.Count} indicator row(s) split at their points: \"{Abbreviate(source.Text)}\"", source.First?.Origin.Describe()));
        foreach (var row in runTogether.Rows)
        {
            var (target, actual) = RunTogetherRows.TargetAndActual(row.Middle);
            group.Indicators.Add(new Indicator
            {
                Level2 = level2,
                Level2Points = level2 is null ? null : _level2Points,
                Name = reading.Text(Piece(row.Name), null),
                Target = target is null ? null : QuantityParser.Parse(target, reading.Provenance(Piece(target), Header(FieldKey.TargetValue))),
                Actual = actual is null ? null : QuantityParser.Parse(actual, reading.Provenance(Piece(actual), Header(FieldKey.ActualValue))),
                Weight = row.Weight is null ? null : reading.Figure(Piece(row.Weight), Header(FieldKey.Weight), Keys.Kinds.Points),
                Score = row.Score is null ? null : reading.Figure(Piece(row.Score), Header(FieldKey.Score), Keys.Kinds.Points),
            });
        }
        return j + runTogether.Tokens;
    }

    /// <summary>The points the current 二级 states, if it states any.</summary>
    private StatedFigure? _level2Points;

    private int? NextSkippingMarkers(int from)
    {
        var tokens = reading.Tokens;
        while (from < tokens.Count && (tokens[from].IsEmpty || RunTogether.IsPageMarker(tokens[from].Text))) from++;
        return from < tokens.Count ? from : null;
    }

    private static string Abbreviate(string text) => text.Length <= 24 ? text : text[..24] + "…";

    private GroupBuilder AddImplicitGroup()
    {
        var group = new GroupBuilder(new TextField("", new Provenance(null, "", "")), null);
        Groups.Add(group.Build());
        return group;
    }

    private int ReadIndicator(int j, List<(FieldKey Key, Token Token)> valueRoles, int weightAt, int scoreAt, TextField? level2, GroupBuilder group)
    {
        var tokens = reading.Tokens;
        var grid = reading.Grid;
        var nameToken = tokens[j];
        var name = reading.Text(nameToken, null);
        j++;
        var values = new Dictionary<FieldKey, (Token Value, Token Header)>();
        var complete = true;
        foreach (var (role, header) in valueRoles)
        {
            if (!grid.Flattened && j < tokens.Count && tokens[j].IsEmpty)
            {
                reading.Use(tokens[j]);
                j++;
                continue;
            }
            if (j >= tokens.Count) { complete = false; break; }
            var v = tokens[j];
            if (v.Key is not null && !IsPlaceholder(v.Text)) { complete = role == FieldKey.DeviationReason; break; }
            if (role == FieldKey.DeviationReason && IsPlaceholder(v.Text)) break;
            if (grid.Flattened)
            {
                if (role is FieldKey.Weight or FieldKey.Score && !NumberText.TryParseFigure(v.Text, out _) && !NumberText.TryParseOcrDigits(v.Text, out _)) { complete = false; break; }
                // In a capture that kept one line per row, the rest of the name's line is its record.
                var sameLine = grid.RowCount > 3 && v.Row == nameToken.Row;
                if (role == FieldKey.DeviationReason && !sameLine && StartsIndicator(j, weightAt, scoreAt)) break;
                if (role == FieldKey.Nature && !IsNature(v.Text)) continue;
                if (role == FieldKey.MeasureUnit && (v.Text.Length > 6 || NumberText.TryParseFigure(v.Text, out _))) continue;
            }
            values[role] = (v, header);
            reading.Use(v);
            j++;
        }
        if (!complete && j >= tokens.Count)
        {
            Truncated = true;
            reading.Notes.Add(new Note(Keys.Notes.Truncated, $"the table ends inside the indicator {nameToken.Text}", nameToken.First?.Origin.Describe()));
        }

        Quantity? QuantityOf(FieldKey role)
        {
            if (!values.TryGetValue(role, out var pair)) return null;
            var quantity = QuantityParser.Parse(pair.Value.Text, reading.Provenance(pair.Value, pair.Header));
            if (role == FieldKey.TargetValue && values.TryGetValue(FieldKey.Nature, out var nature) && quantity.Comparator is null)
                quantity = quantity with { Comparator = QuantityParser.Parse(nature.Value.Text + "0").Comparator };
            if (role == FieldKey.TargetValue && values.TryGetValue(FieldKey.MeasureUnit, out var unit) && quantity.Unit is null)
                quantity = quantity with { Unit = unit.Value.Text };
            return quantity;
        }
        StatedFigure? PointsOf(FieldKey role) => values.TryGetValue(role, out var pair) ? reading.Figure(pair.Value, pair.Header, Keys.Kinds.Points) : null;

        group.Indicators.Add(new Indicator
        {
            Level2 = level2,
            Level2Points = level2 is null ? null : _level2Points,
            Name = name,
            Target = QuantityOf(FieldKey.TargetValue),
            Actual = QuantityOf(FieldKey.ActualValue),
            Weight = PointsOf(FieldKey.Weight),
            Score = PointsOf(FieldKey.Score),
            Deviation = values.TryGetValue(FieldKey.DeviationReason, out var reason) ? reading.Text(reason.Value, reason.Header) : null,
        });
        return j;
    }

    /// <summary>Does an indicator start at <paramref name="j"/>: a name followed by numbers where weight and score stand?</summary>
    private bool StartsIndicator(int j, int weightAt, int scoreAt)
    {
        var tokens = reading.Tokens;
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
        var key = reading.Labels.Lookup(name);
        if (key == FieldKey.Level2Name) return 2;
        if (key != FieldKey.Level1Name) return 0;
        if (points is null && current is not null && current.Name.Text == name && name == "满意度指标") return 2;
        return 1;
    }

    private StatedFigure PointsFigure(Token t, string points)
    {
        // The StatedPoints pattern admits only digits with an optional decimal part: always a figure.
        NumberText.TryParseFigure(points, out var number);
        return new StatedFigure { Value = number.Value, Raw = t.Text, Decimals = number.Decimals, Kind = Keys.Kinds.Points, Source = reading.Provenance(t, null) };
    }

    private static string StripPoints(string text, out string? points)
    {
        var compact = MatrixReading.LabelText(Width.Fold(text));
        var match = StatedPoints().Match(compact);
        points = match.Success ? match.Groups[Keys.Kinds.Points].Value : null;
        return match.Success ? match.Groups["name"].Value : compact;
    }

    private static bool IsPlaceholder(string text) => Placeholder().IsMatch(Width.Fold(text).Trim());

    private static bool IsNature(string text) => Width.Fold(text).Trim() is "≥" or "≤" or "=" or ">" or "<" or ">=" or "<=" or "定性" or "定量" or "正向" or "反向";

    private sealed class GroupBuilder(TextField name, StatedFigure? points)
    {
        public TextField Name { get; } = name;
        public StatedFigure? Points { get; } = points;
        public List<Indicator> Indicators { get; } = [];
        public IndicatorGroup Build() => new() { Name = Name, StatedPoints = Points, Indicators = Indicators };
    }

    [GeneratedRegex(@"^(?<name>.+?)\((?<points>[0-9]{1,6}(\.[0-9]{1,4})?)分\)$")]
    private static partial Regex StatedPoints();

    [GeneratedRegex(@"^((指标\s*[0-9LlI一二三]?[:：]?)+|…+|\.{3,}|……)$")]
    private static partial Regex Placeholder();

}
