using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>
/// formula.header: checks every row of a matrix against the arithmetic its headers state (小计 ④=①+②+③,
/// 支出实现率 ⑥=⑤/④, 执行率(B/A)), so that a layout nobody has seen is still audited. Symbols name columns; a
/// percent column compares against the ratio × 100.
/// </summary>
public sealed class HeaderFormulaRule : IRule
{
    public string Id => "formula.header";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Matrix() is not { Formulas.Count: > 0 } matrix) yield break;
        var columnOf = matrix.Columns.Where(c => c.Symbol is not null).GroupBy(c => c.Symbol!).ToDictionary(g => g.Key, g => g.First().Key);
        foreach (var formula in matrix.Formulas)
            foreach (var row in matrix.Rows)
            {
                if (row.Get(formula.Column) is not { } stated) continue;
                var used = new List<string>();
                var value = IntervalExpression.Evaluate(formula.Expression, symbol =>
                {
                    if (!columnOf.TryGetValue(symbol, out var column) || row.Get(column) is not { } figure) return null;
                    used.Add(figure.Source.Cell);
                    return figure.AsFigure().Interval;
                });
                if (value is not { } computed) continue;
                if (stated.Kind == Keys.Kinds.Percent && formula.Expression.Contains('/')) computed = computed.Scale(100m);
                var finding = stated.Kind == Keys.Kinds.Percent
                    ? Consistency.CompareRate(Id, $"{row.Label}: {formula.Text} states {formula.Expression}", stated.AsFigure(), computed, used)
                    : Consistency.Compare(Id, $"{row.Label}: {formula.Text} states {formula.Expression}", stated.AsFigure(), computed, used);
                if (finding is not null) yield return finding;
            }
    }
}
