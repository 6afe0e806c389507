namespace PerfEval.Model;

/// <summary>
/// A funds block laid out as a matrix: rows by source (年度资金总额 and its 其中 parts), columns by stage
/// (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分). Cells are addressed by row key and column key.
/// </summary>
public sealed record FundsMatrix
{
    public required IReadOnlyList<FundsColumn> Columns { get; init; }
    public required IReadOnlyList<FundsRow> Rows { get; init; }
    /// <summary>Arithmetic the headers state themselves (执行率(B/A), ⑥=⑤/④), checked on every row.</summary>
    public required IReadOnlyList<HeaderFormula> Formulas { get; init; }
}

/// <summary>
/// A column of the matrix: a stable key (initialBudget, adjustedBudget, executed, weight, rate, score, other), the
/// header as printed and the symbol it declares for formulas (A, B, ④), if any.
/// </summary>
public sealed record FundsColumn(string Key, string Label, string? Symbol);

/// <summary>
/// A row of the matrix: a stable key (total, currentYearAppropriation, fiscalFunds, specialAccountFunds, unitFunds,
/// carryOver, otherFunds, basicExpenditure, projectExpenditure, other), the label as printed, whether it is a part of
/// the total row, and its figures by column key.
/// </summary>
public sealed record FundsRow(string Key, string Label, bool IsPart, IReadOnlyList<FundsCell> Cells)
{
    /// <summary>
    /// The key of the row this one is an item of, in matrices that nest (三公经费 ⊃ 1、公务用车购置和维护经费 ⊃ 其中:公车购置);
    /// null for rows directly under the total.
    /// </summary>
    public string? PartOf { get; init; }

    /// <summary>How the row's items make it up: "items" (numbered 1、2、3、: they are the whole) or "ofWhich" (其中: a part).</summary>
    public string? ItemKind { get; init; }

    /// <summary>Text in the row's note column (原因, 得分计算方法), if any.</summary>
    public TextField? Remark { get; init; }
    public required Provenance Source { get; init; }
}

/// <summary>
/// One figure of the matrix, under its column key. <see cref="Ambiguous"/> is true when a flattened capture left the
/// figure's column open and it was placed by order: the checks do not rely on such a figure.
/// </summary>
public sealed record FundsCell(string Column, StatedFigure Figure)
{
    public bool? Ambiguous { get; init; }
}

/// <summary>A formula read from a header: the column it defines, the expression as printed, and as parsed.</summary>
public sealed record HeaderFormula(string Column, string Text, string Expression);
