using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;
using static System.FormattableString;

namespace PerfEval.Extract.Checks;

/// <summary>The texts of a document that give evidence in words: indicators' 评价标准, 指标说明, 偏差原因, and the narratives.</summary>
internal static partial class EvidenceTexts
{
    public static IEnumerable<(string Owner, TextField Text)> Of(ExtractionResult document)
    {
        foreach (var indicator in document.Groups().SelectMany(g => g.Indicators))
            foreach (var text in new[] { indicator.Criterion, indicator.Explanation, indicator.Deviation })
                if (text is not null) yield return (indicator.Name.Text, text);
        foreach (var narrative in document.Project?.Narratives ?? document.Department?.Narratives ?? [])
            yield return (narrative.Key, narrative.Text);
    }

    /// <summary>
    /// Width folded; white space removed ("三公经费 总额" and "三公经费总额" are one wording) except between two figures,
    /// which it keeps apart ("=30 2018年度" is not 302018); thousands separators dropped (1,200 is 1200).
    /// </summary>
    public static string Compact(string text)
    {
        // Only an ASCII comma groups thousands: a full-width one is a sentence's comma (=20，150名学生).
        var folded = Width.Fold(ThousandsSeparator().Replace(text, ""));
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            if (!char.IsWhiteSpace(folded[i])) { builder.Append(folded[i]); continue; }
            var next = i + 1;
            while (next < folded.Length && char.IsWhiteSpace(folded[next])) next++;
            if (builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && next < folded.Length && char.IsAsciiDigit(folded[next])) builder.Append(' ');
            i = next - 1;
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")]
    private static partial Regex ThousandsSeparator();
}

/// <summary>
/// formula.text: arithmetic written out in an indicator's text ("变动率=(63.46-32)÷32=98.31%") gives the result it
/// states, to its decimals. A result no reading of the figures gives is an error; one that only figures rounded before
/// they were written give (37.24÷43.2=86.19%, right for 37.236) is a warning: the arithmetic as written does not hold.
/// </summary>
public sealed partial class TextArithmeticRule : IRule
{
    public string Id => "formula.text";

    // Far more than any explanation holds: a text of figures and signs only is not searched past this.
    private const int MaximumExpressionLength = 200;

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        foreach (var (owner, field) in EvidenceTexts.Of(document))
        {
            var text = EvidenceTexts.Compact(field.Text);
            foreach (Match result in StatedResult().Matches(text))
                if (Worked(owner, field, text, result) is { } finding) yield return finding;
        }
    }

    private Finding? Worked(string owner, TextField field, string text, Match result)
    {
        try
        {
            // "…×100%=86.2%": the expression multiplies by 100 and marks it a percent itself.
            var hundredPercent = result.Index > 0 && text[result.Index - 1] == '%';
            if (ExpressionBefore(text, hundredPercent ? result.Index - 1 : result.Index) is not { } expression || IntervalExpression.Evaluate(expression) is not { } asWritten) return null;
            var percent = result.Groups["percent"].Success;
            var raw = result.Groups["number"].Value;
            if (!NumberText.TryParseFigure(raw, out var number)) return null;
            var stated = new Figure(number.Value, number.Decimals, raw + (percent ? "%" : ""), field.Source.Cell);
            // A percent is the ratio × 100, unless the expression multiplies by 100 itself (37.24×100÷43.2=86.2%):
            // where it writes a 100, either reading may be meant.
            var hundredWritten = hundredPercent || Hundred().IsMatch(expression);
            bool Fits(Interval value) => stated.Interval.Intersects(percent ? value.Scale(100m) : value)
                || (percent && hundredWritten && stated.Interval.Intersects(value));
            Interval AsStated(Interval value) => percent && !hundredWritten ? value.Scale(100m) : value;
            if (Fits(asWritten)) return null;
            var rounded = IntervalExpression.Evaluate(expression, figuresAreRoundings: true);
            var roundingExplains = rounded is { } r && Fits(r);
            var value = AsStated(asWritten);
            var shown = value.Rounded(number.Decimals + 2);
            var gives = shown.Low == shown.High ? Invariant($"{shown.Low}") : Invariant($"{shown.Low} to {shown.High}");
            return new Finding
            {
                Rule = Id,
                Severity = roundingExplains ? Severity.Warning : Severity.Error,
                Message = $"{owner}: the text works out {expression}={stated.Raw}, but its figures as written give {gives}"
                    + (roundingExplains ? "; it holds only if they were rounded before they were written" : ""),
                Stated = stated.Raw,
                StatedValue = stated.Value,
                ExpectedLow = value.Low,
                ExpectedHigh = value.High,
                Tolerance = stated.HalfUnit,
                Cells = [field.Source.Cell],
            };
        }
        catch (OverflowException)
        {
            return null; // figures beyond exact arithmetic: this one is not checked, the others still are
        }
    }

    /// <summary>The arithmetic that ends right before "=result": figures, + − × ÷ and brackets, with at least one operator.</summary>
    private static string? ExpressionBefore(string text, int equals)
    {
        var start = equals;
        while (start > 0 && equals - start < MaximumExpressionLength && IsExpressionCharacter(text[start - 1])) start--;
        // An expression longer than the search: its beginning is unknown, so it is not worked out.
        if (start > 0 && IsExpressionCharacter(text[start - 1])) return null;
        var expression = text[start..equals];
        // An opening bracket of the sentence, not of the arithmetic, may stand first: keep the brackets balanced.
        while (expression.Length > 0 && Depth(expression) > 0 && expression[0] == '(') expression = expression[1..];
        while (expression.Length > 0 && !char.IsAsciiDigit(expression[0]) && expression[0] != '(') expression = expression[1..];
        if (expression.Length == 0 || Depth(expression) != 0) return null;
        var hasOperator = false;
        for (var i = 1; i < expression.Length; i++)
            hasOperator |= IsOperator(expression[i]);
        return hasOperator ? expression : null;
    }

    private static int Depth(string expression) => expression.Count(c => c == '(') - expression.Count(c => c == ')');

    private static bool IsExpressionCharacter(char c) => char.IsAsciiDigit(c) || c is '.' or '(' or ')' || IsOperator(c);

    private static bool IsOperator(char c) => c is '+' or '-' or '−' or '×' or '*' or '÷' or '/';

    [GeneratedRegex(@"=(?<number>-?[0-9]+(\.[0-9]+)?)(?<percent>%)?")]
    private static partial Regex StatedResult();

    /// <summary>A factor of 100 written in the expression: ×100, 100×, *100, 100*.</summary>
    [GeneratedRegex(@"(?<![0-9.])100[×*]|[×*]100(?![0-9.])")]
    private static partial Regex Hundred();
}

/// <summary>
/// narrative.figures: a figure an indicator's text cites for a year and a row of the data table ("2017年度…三公经费总额为
/// 32万元") is one the table holds for that row and year. A warning: a text may cite a basis the table does not print
/// (a 预算 where the table has the 决算), and the reader should know its figures rest on it.
/// </summary>
public sealed partial class NarrativeFiguresRule : IRule
{
    public string Id => "narrative.figures";

    private const int MaximumClauseLength = 300;

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Matrix() is not { } matrix) yield break;
        var rows = matrix.Rows.Select(r => (Row: r, Label: RowLabel(r.Label))).Where(r => r.Label.Length >= 2).ToList();
        var yearOf = matrix.Columns.ToDictionary(c => c.Key, c => Year().Match(c.Label) is { Success: true } m ? m.Value[..4] : null);
        foreach (var (owner, field) in EvidenceTexts.Of(document))
            foreach (var clause in Clauses(EvidenceTexts.Compact(field.Text)))
                if (Cited(owner, field, clause, matrix, rows, yearOf) is { } finding) yield return finding;
    }

    private Finding? Cited(string owner, TextField field, string clause, FundsMatrix matrix, List<(FundsRow Row, string Label)> rows, Dictionary<string, string?> yearOf)
    {
        // A citation is a clause of a sentence; a run of text longer than any is not searched (the pattern's lazy
        // middle would make it quadratic).
        if (clause.Length > MaximumClauseLength) return null;
        var citation = Citation().Match(clause);
        if (!citation.Success) return null;
        var year = citation.Groups["year"].Value;
        var between = citation.Groups["between"].Value;
        // The row the figure is said of: the label nearest before 为 (2018年度三公经费中公务接待为 is 公务接待), the
        // longer of two ending there (公车运行维护, not 运行维护).
        var named = rows
            .Select(r => (r.Row, r.Label, End: between.LastIndexOf(r.Label, StringComparison.Ordinal) is var at and >= 0 ? at + r.Label.Length : -1))
            .Where(r => r.End >= 0)
            .OrderByDescending(r => r.End).ThenByDescending(r => r.Label.Length)
            .FirstOrDefault();
        if (named.Row is null) return null;
        var cells = named.Row.Cells.Where(c => c.Ambiguous != true && yearOf.GetValueOrDefault(c.Column) == year).ToList();
        if (cells.Count == 0) return null;
        try
        {
            var raw = citation.Groups["number"].Value;
            if (!NumberText.TryParseFigure(raw, out var number)) return null;
            var cited = new Figure(number.Value, number.Decimals, raw + "万元", field.Source.Cell);
            // Compared in yuan: the table may be kept in 元 while the text speaks 万元.
            var citedYuan = cited.Interval.Scale(10000m);
            if (cells.Any(c => InYuan(c.Figure).Intersects(citedYuan))) return null;
            var held = string.Join(", ", cells.Select(c => $"{c.Figure.Raw} ({matrix.Columns.First(col => col.Key == c.Column).Label})"));
            return new Finding
            {
                Rule = Id,
                Severity = Severity.Warning,
                Message = $"{owner}: the text cites {cited.Raw} for {year}'s {named.Row.Label}, but the table holds {held}",
                Stated = cited.Raw,
                StatedValue = cited.Value,
                Cells = [field.Source.Cell, .. cells.Select(c => c.Figure.Source.Cell)],
            };
        }
        catch (OverflowException)
        {
            return null; // figures beyond exact arithmetic: this one is not checked, the others still are
        }
    }

    /// <summary>A table figure in yuan with its rounding: 29.08 万元 is 290750 to 290850 元 (万元 where no unit says otherwise).</summary>
    private static Interval InYuan(StatedFigure figure)
    {
        var perUnit = figure.Yuan is { } yuan && figure.Value != 0 ? yuan / figure.Value : 10000m;
        return figure.AsFigure().Interval.Scale(perUnit);
    }

    /// <summary>A row label without its number or 其中 ("1、公务用车购置和维护经费" → 公务用车购置和维护经费).</summary>
    private static string RowLabel(string label) =>
        RowPrefix().Replace(EvidenceTexts.Compact(label), "").Trim('“', '”', '"');

    /// <summary>Clauses of a text: it breaks at 。；;，, and at a full stop that is not a decimal point.</summary>
    private static IEnumerable<string> Clauses(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var stop = c is '。' or ';' or '；' or ',' or '，'
                || c == '.' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
            if (!stop) continue;
            if (i > start) yield return text[start..i];
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }

    [GeneratedRegex(@"(?<year>(19|20)[0-9]{2})年度?(?<between>[^0-9]*?)为(?<number>[0-9]+(\.[0-9]+)?)万元")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(19|20)[0-9]{2}年")]
    private static partial Regex Year();

    [GeneratedRegex(@"^([0-9]{1,2}[、.]|其中[:：]?)")]
    private static partial Regex RowPrefix();
}
