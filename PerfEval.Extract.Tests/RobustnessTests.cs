using System.Text;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Tests.Support;

namespace PerfEval.Extract.Tests;

/// <summary>Hostile or unusual input ends in a clear outcome, and unusual but correct tables raise no false alarm.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void A_table_wider_and_longer_than_any_form_is_too_large_not_out_of_memory()
    {
        var text = string.Concat(Enumerable.Repeat("x\t", 5000)) + "\n" + string.Concat(Enumerable.Repeat("a\tb\n", 5000));
        var failure = Run.Failure(Encoding.UTF8.GetBytes(text), "wide.txt");
        Assert.Equal(ErrorCodes.TooLarge, failure.Code);
    }

    [Fact]
    public void Markup_nested_deeper_than_any_page_is_read_without_overflowing_the_stack()
    {
        const int depth = 20_000;
        var html = "<html><body><table><tr><td>" + string.Concat(Enumerable.Repeat("<span>", depth)) + "深" + string.Concat(Enumerable.Repeat("</span>", depth)) + "</td></tr></table></body></html>";
        var failure = Run.Failure(Encoding.UTF8.GetBytes(html), "deep.html");
        Assert.Equal(ErrorCodes.NotASelfEvaluationTable, failure.Code);
    }

    [Fact]
    public void Figures_run_together_for_thousands_of_digits_are_not_searched_for_ever()
    {
        var text = $"""
            项目支出绩效自评表
            项目名称 | x |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | {new string('1', 5000)}.. |
            总分 | 100 |
            """;
        Assert.NotNull(Run.Result(text).Project);
    }

    [Fact]
    public void A_funds_block_in_yuan_stays_in_yuan()
    {
        var text = """
            项目支出绩效自评表
            项目名称 | x |
            项目资金 | (元) | 年初预算数 | 全年预算数 | 全年执行数 |
            年度资金总额 | 500000 | 500000 | 480000 |
            总分 | 100 |
            """;
        var result = Run.Result(text);
        Assert.Equal(("元", 1m), (result.Unit!.Name, result.Unit.YuanPerUnit));
        Assert.Equal(480000m, result.Project!.Funds!.Rows[0].Cells[2].Figure.Yuan);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "funds.unit");
    }

    [Theory]
    [InlineData("⑦=⑤—⑥", "⑤-⑥")]
    [InlineData("⑥=⑤/④×100%", "⑤/④")]
    public void Header_formulas_read_whole_or_not_at_all(string header, string expression)
    {
        var text = $"""
            项目支出绩效自评表
            项目名称 | x |
            项目资金(万元) | 资金来源 | 预算数 ④ | 执行数 ⑤ | 结余 ⑥ | 结果 {header} |
            年度资金总额 | 10.00 | 8.00 | 2.00 | {(expression.Contains('/') ? "80.00%" : "6.00")} |
            总分 | 100 |
            """;
        var result = Run.Result(text);
        Assert.Equal(expression, Assert.Single(result.Project!.Funds!.Formulas).Expression);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "formula.header");
    }

    [Fact]
    public void A_formula_with_words_in_it_is_not_cut_short_into_another()
    {
        var text = """
            项目支出绩效自评表
            项目名称 | x |
            项目资金(万元) | 资金来源 | 预算数 ④ | 执行数 ⑤ | 结果 ⑥=⑤减去④ |
            年度资金总额 | 10.00 | 8.00 | 3.00 |
            总分 | 100 |
            """;
        var result = Run.Result(text);
        Assert.Empty(result.Project!.Funds!.Formulas);
    }

    [Fact]
    public void Points_written_with_fen_are_figures_and_decimal_weights_may_be_roundings()
    {
        var text = """
            项目支出绩效自评表
            项目名称 | x |
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
            产出指标 | 数量指标 | 甲 | 1 | 1 | 33.3分 | 33.3分 | |
            质量指标 | 乙 | 1 | 1 | 33.3分 | 33.3分 | |
            时效指标 | 丙 | 1 | 1 | 33.3分 | 33.3分 | |
            总分 | 100 | 99.9 |
            """;
        var result = Run.Result(text);
        Assert.All(result.Project!.IndicatorGroups.SelectMany(g => g.Indicators), i => Assert.Equal(33.3m, i.Weight!.Value));
        Assert.True(result.Project.IndicatorTreeClosed);
        Assert.Empty(result.Findings);
    }
}
