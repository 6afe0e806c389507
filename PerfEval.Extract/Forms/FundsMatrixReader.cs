using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Reads a matrix form's funds block: its column headers (known labels, or unknown ones that declare a symbol), then
/// one row per source or stage, with the formulas the headers print (小计 ④=①+②+③, 执行率 (C/B)).
/// </summary>
internal sealed partial class FundsMatrixReader(MatrixReading reading)
{
    private static readonly HashSet<FieldKey> ColumnKeys =
    [
        FieldKey.InitialBudget, FieldKey.AdjustedBudget, FieldKey.ActualExpenditure, FieldKey.Weight, FieldKey.Score,
        FieldKey.CompletionRate, FieldKey.DeviationReason,
    ];

    private static readonly Dictionary<FieldKey, string> RowKeys = new()
    {
        [FieldKey.FundsTotal] = Keys.Rows.Total,
        [FieldKey.SourceCurrentYear] = Keys.Rows.CurrentYearAppropriation,
        [FieldKey.SourceFiscal] = Keys.Rows.FiscalFunds,
        [FieldKey.SourceSpecialAccount] = Keys.Rows.SpecialAccountFunds,
        [FieldKey.SourceUnit] = Keys.Rows.UnitFunds,
        [FieldKey.SourceCarryOver] = Keys.Rows.CarryOver,
        [FieldKey.SourceOther] = Keys.Rows.OtherFunds,
        [FieldKey.BasicExpenditure] = Keys.Rows.BasicExpenditure,
        [FieldKey.ProjectExpenditure] = Keys.Rows.ProjectExpenditure,
        [FieldKey.OtherRow] = Keys.Rows.Other,
    };

    /// <summary>The last funds block read that had column headers; null while there is none.</summary>
    public FundsMatrix? Matrix { get; private set; }

    /// <summary>Reads the block whose section label stands at <paramref name="i"/>; returns where the block ends.</summary>
    public int Read(int i)
    {
        var tokens = reading.Tokens;
        var grid = reading.Grid;
        var section = tokens[i];
        reading.Use(section);
        if (UnitInLabel().Match(Width.Fold(section.Text)) is { Success: true } inLabel) reading.SetUnit(UnitNote(inLabel.Value)!, section);
        var headers = new List<(FundsColumn Column, Token Token)>();
        var j = i + 1;
        // OCR may read a row's label before the column headers ("年度资金总额 年初预算数 … 64.8 …"): keep it for after them.
        int? early = null;
        while (reading.SkipEmpty(j) is var unitAt && unitAt < tokens.Count && tokens[unitAt].Key is null && UnitNote(tokens[unitAt].Text) is not null)
        {
            reading.SetUnit(UnitNote(tokens[unitAt].Text)!, tokens[unitAt]);
            j = unitAt + 1;
        }
        var first = reading.SkipEmpty(j);
        if (grid.Flattened && first < tokens.Count && RowKey(tokens[first]) is not null
            && reading.SkipEmpty(first + 1) is var next && next < tokens.Count && tokens[next].Key is { } nextKey && ColumnKeys.Contains(nextKey))
        {
            early = first;
            j = next;
        }
        for (; j < tokens.Count; j++)
        {
            var t = tokens[j];
            if (t.IsEmpty) continue;
            if (t.Key is FieldKey.FundsSourceHeader or FieldKey.ProjectFundsSection) { reading.Use(t); continue; }
            if (t.Key is null && UnitNote(t.Text) is { } note) { reading.SetUnit(note, t); continue; }
            if (t.Key is { } key && ColumnKeys.Contains(key))
            {
                reading.Use(t);
                headers.Add((new FundsColumn(ColumnKey(key), MatrixReading.LabelText(t.Text), Symbol(t.Text)), t));
                continue;
            }
            // OCR debris between two headers (",A、") is passed over, with a note.
            if (grid.Flattened && t.Key is null && headers.Count > 0 && t.Text.Length <= 3 && !t.Text.Any(char.IsAsciiDigit)
                && j + 1 < tokens.Count && tokens[j + 1].Key is { } after && ColumnKeys.Contains(after))
            {
                reading.Use(t);
                reading.Notes.Add(new Note("debris", $"\"{t.Text}\" between column headers passed over", t.First?.Origin.Describe()));
                continue;
            }
            // A header the dictionary does not know is a column all the same when it declares a symbol (小计 ④=①+②+③)
            // or, in a structured grid, stands on the header row between known headers.
            var onHeaderRow = !grid.Flattened && headers.Count > 0 && t.Row == headers[^1].Token.Row;
            if (t.Key is null && !IsMatrixValue(t.Text) && (Symbol(t.Text) is not null || onHeaderRow))
            {
                reading.Use(t);
                headers.Add((new FundsColumn($"column{headers.Count + 1}", MatrixReading.LabelText(t.Text), Symbol(t.Text)), t));
                continue;
            }
            break;
        }
        if (headers.Count == 0) return j;

        var rows = new List<FundsRow>();
        while (j < tokens.Count)
        {
            j = reading.SkipEmpty(j);
            var label = early is { } e ? tokens[e] : j < tokens.Count ? tokens[j] : null;
            if (label is null || RowKey(label) is not { } rowKey) break;
            reading.Use(label);
            var values = new List<Token>();
            var fused = false;
            if (early is null) j++;
            early = null;
            // Values follow until the next label; a structured grid keeps empty slots, a flattened one does not.
            while (j < tokens.Count && tokens[j].Key is null && values.Count < headers.Count)
            {
                var t = tokens[j];
                if (!grid.Flattened && !t.IsEmpty && t.Row != label.Row && values.Count > 0) break;
                if (grid.Flattened && !IsMatrixValue(t.Text) && FusedNumbers.Split(t.Text, FigureColumns(headers) - values.Count) is { } split)
                {
                    values.AddRange(split.Parts.Select(part => t with { Text = part }));
                    reading.Notes.Add(new Note("fused-figures", $"\"{t.Text}\" read as {string.Join(" | ", split.Parts)}, figures run together"
                        + (split.Unique ? "" : " (other splits fit too)"), t.First?.Origin.Describe()));
                    fused |= !split.Unique;
                    reading.Use(t);
                    j++;
                    continue;
                }
                if (grid.Flattened && !IsMatrixValue(t.Text) && !(headers[values.Count].Column.Key == Keys.Columns.Reason)) break;
                values.Add(t);
                j++;
            }
            rows.Add(BuildRow(rowKey, label, values, headers, isPart: rowKey != Keys.Rows.Total, fused));
        }
        Matrix = new FundsMatrix
        {
            Columns = headers.Select(h => h.Column).ToList(),
            Rows = rows,
            Formulas = HeaderFormulas(headers.Select(h => h.Column)),
        };
        return j;
    }

    /// <summary>Columns that hold figures: all but a note column (原因) at the end.</summary>
    private static int FigureColumns(List<(FundsColumn Column, Token Token)> headers) => headers.Count - (headers[^1].Column.Key == Keys.Columns.Reason ? 1 : 0);

    private FundsRow BuildRow(string rowKey, Token label, List<Token> values, List<(FundsColumn Column, Token Token)> headers, bool isPart, bool guessed)
    {
        var nonEmpty = values.Count(v => !v.IsEmpty && !IsNotApplicable(v.Text));
        var moneyColumns = headers.Count(h => h.Column.Key is Keys.Columns.InitialBudget or Keys.Columns.AdjustedBudget or Keys.Columns.Executed);
        // A note column (原因) at the end is often left empty: that is no ambiguity.
        var figureColumns = FigureColumns(headers);
        var ambiguous = guessed || (reading.Grid.Flattened && nonEmpty > 0 && values.Count < figureColumns && values.Count != moneyColumns);
        if (ambiguous)
            reading.Notes.Add(new Note("ambiguous-order", $"{label.Text}: {values.Count} values for {headers.Count} columns; placed in order from {headers[0].Column.Label}", label.First?.Origin.Describe()));
        var cells = new List<FundsCell>();
        TextField? remark = null;
        for (var k = 0; k < values.Count; k++)
        {
            var value = values[k];
            var (column, header) = headers[k];
            if (value.IsEmpty) { reading.Use(value); continue; }
            if (IsNotApplicable(value.Text)) { reading.Use(value); continue; }
            if (column.Key == Keys.Columns.Reason) { remark = reading.Text(value, header); continue; }
            var kind = column.Key switch
            {
                Keys.Columns.Rate => Keys.Kinds.Percent,
                Keys.Columns.Weight or Keys.Columns.Score => Keys.Kinds.Points,
                _ when column.Label.Contains('率') || column.Label.Contains('%') => Keys.Kinds.Percent,
                _ => Keys.Kinds.Money,
            };
            if (reading.Figure(value, header, kind) is { } figure) cells.Add(new FundsCell(column.Key, figure) { Ambiguous = ambiguous ? true : null });
        }
        return new FundsRow(rowKey, MatrixReading.LabelText(label.Text), isPart, cells) { Remark = remark, Source = reading.Provenance(label, null) };
    }

    private string? RowKey(Token token)
    {
        if (token.Key is { } key && RowKeys.TryGetValue(key, out var rowKey)) return rowKey;
        if (token.Key != FieldKey.OfWhich) return null;
        var part = reading.Labels.Lookup(LabelDictionary.OfWhichName(token.Text));
        return part is { } p && RowKeys.TryGetValue(p, out var partKey) ? partKey : "part:" + LabelDictionary.OfWhichName(token.Text);
    }

    private static string ColumnKey(FieldKey key) => key switch
    {
        FieldKey.InitialBudget => Keys.Columns.InitialBudget,
        FieldKey.AdjustedBudget => Keys.Columns.AdjustedBudget,
        FieldKey.ActualExpenditure => Keys.Columns.Executed,
        FieldKey.Weight => Keys.Columns.Weight,
        FieldKey.Score => Keys.Columns.Score,
        FieldKey.CompletionRate => Keys.Columns.Rate,
        _ => Keys.Columns.Reason,
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
                // A right-hand side that is not all symbols and operators is not read at all: a shortened
                // formula would check the wrong arithmetic.
                if (Expression(text[(equals + 1)..]) is { } expression)
                    formulas.Add(new HeaderFormula(column.Key, column.Label, expression));
                continue;
            }
            var ratio = RatioInParentheses().Match(text);
            if (ratio.Success) formulas.Add(new HeaderFormula(column.Key, column.Label, ratio.Groups[1].Value));
        }
        return formulas;
    }

    /// <summary>
    /// The arithmetic of a header's right-hand side: column symbols (①–⑳, A–Z) and + − × ÷ ( ). Dashes of every width
    /// are minus; a trailing ×100% (the rate written as a percentage) is dropped, since rates are compared in percent.
    /// Anything else makes the formula unreadable (null), rather than cutting it short.
    /// </summary>
    private static string? Expression(string text)
    {
        var body = text.EndsWith("×100%", StringComparison.Ordinal) || text.EndsWith("*100%", StringComparison.Ordinal) ? text[..^5] : text;
        var expression = new System.Text.StringBuilder(body.Length);
        foreach (var c in body)
        {
            switch (c)
            {
                case '+' or '*' or '/' or '(' or ')':
                case >= 'A' and <= 'Z':
                case >= '\u2460' and <= '\u2473':
                    expression.Append(c);
                    break;
                case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                    expression.Append('-');
                    break;
                case '×':
                    expression.Append('*');
                    break;
                case '÷':
                    expression.Append('/');
                    break;
                default:
                    return null;
            }
        }
        return expression.Length == 0 ? null : expression.ToString();
    }

    private static bool IsMatrixValue(string text) => NumberText.TryParseFigure(text, out _) || IsNotApplicable(text);

    private static bool IsNotApplicable(string text) => Width.Fold(text).Trim() is "/" or "-" or "—" or "--" or "无";

    /// <summary>A unit standing alone under a funds label: "(万元)", "(元)", "单位:万元"; 万兀 is OCR's 万元.</summary>
    private static UnitInfo? UnitNote(string text)
    {
        var compact = MatrixReading.LabelText(Width.Fold(text));
        var inner = compact.StartsWith('(') && compact.EndsWith(')') ? compact[1..^1] : compact;
        if (inner == "万兀") return new UnitInfo("万元", 10_000m, compact);
        return UnitDeclaration.TryRead(inner.StartsWith("单位", StringComparison.Ordinal) ? inner : "单位:" + inner) is { } unit && inner.Length <= 12
            ? unit with { Raw = compact } : null;
    }

    [GeneratedRegex(@"\(([A-Z])\)")]
    private static partial Regex LetterSymbol();

    [GeneratedRegex(@"\(([A-Z](?:[/+\-*][A-Z])+)\)")]
    private static partial Regex RatioInParentheses();

    /// <summary>The unit a funds section label declares in brackets: 项目资金(万元).</summary>
    [GeneratedRegex(@"\((万[元兀]|千元|元|亿元)\)")]
    private static partial Regex UnitInLabel();
}
