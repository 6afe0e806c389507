using PerfEval.Extract.Tests.Support;

namespace PerfEval.Extract.Tests.Checks;

/// <summary>Formulas stated in headers are read and checked on every row, for layouts the dictionary has never seen.</summary>
public sealed class HeaderFormulaTests
{
    private static string Table(string subtotal, string rate) => $"""
        项目支出绩效自评表
        项目名称 | 某项目 |
        主管部门 | 某部门 | 实施单位 | 某单位 |
        项目资金(万元) | 资金来源 | 财政拨款 ① | 专户资金 ② | 其他资金 ③ | 小计 ④=①+②+③ | 执行数 ⑤ | 支出实现率(%) ⑥=⑤/④ |
        年度资金总额 | 10.00 | 5.00 | 0.00 | {subtotal} | 14.50 | {rate} |
        总分 | 100 |
        """;

    [Fact]
    public void Consistent_rows_raise_nothing()
    {
        var result = Run.Result(Table("15.00", "96.67%"));
        Assert.Equal(2, result.Project!.Funds!.Formulas.Count);
        Assert.Equal("①+②+③", result.Project.Funds.Formulas[0].Expression);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "formula.header");
    }

    [Theory]
    [InlineData("16.00", "90.63%")]
    [InlineData("15.00", "95.67%")]
    public void A_row_against_its_header_formula_fires(string subtotal, string rate)
    {
        var result = Run.Result(Table(subtotal, rate));
        Assert.Contains(result.Findings, f => f.Rule == "formula.header");
    }

    [Fact]
    public void Ratio_in_parentheses_is_a_formula()
    {
        var text = """
            项目支出绩效自评表
            项目名称 | 某项目 |
            项目资金(万元) | 年初预算数 | 调整预算数(A) | 全年执行数(B) | 执行率(B/A) |
            年度资金总额 | 64.8 | 64.8 | 64.8 | 90% |
            总分 | 100 |
            """;
        var result = Run.Result(text);
        Assert.Equal("B/A", Assert.Single(result.Project!.Funds!.Formulas).Expression);
        Assert.Contains(result.Findings, f => f.Rule == "formula.header");
        Assert.DoesNotContain(Run.Result(text.Replace("90%", "100%")).Findings, f => f.Rule == "formula.header");
    }

    [Fact]
    public void An_amount_too_large_for_its_unit_warns()
    {
        var text = """
            项目支出绩效自评表
            项目名称 | 某项目 |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 |
            年度资金总额 | 2537695 | 2537695 | 2537695 |
            总分 | 100 |
            """;
        var finding = Assert.Single(Run.Result(text).Findings, f => f.Rule == "funds.unit");
        Assert.Equal(PerfEval.Model.Severity.Warning, finding.Severity);
        Assert.DoesNotContain(Run.Result(text.Replace("2537695", "253.77")).Findings, f => f.Rule == "funds.unit");
    }
}
