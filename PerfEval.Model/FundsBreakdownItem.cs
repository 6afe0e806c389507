namespace PerfEval.Model;

/// <summary>
/// A 其中 line: part of another figure by source (一般公共预算, 政府性基金 …). <see cref="PartOf"/> names the field of the
/// figure it belongs to (actualExpenditure when it stands under 实际支出数).
/// </summary>
public sealed record FundsBreakdownItem(string Name, string PartOf, Money Amount);
