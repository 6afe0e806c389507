using PerfEval.Extract.Checks;
using PerfEval.Extract.Tests.Support;
using PerfEval.Model;

namespace PerfEval.Extract.Tests.Checks;

/// <summary>
/// The texts that give evidence for a score (指标说明, 评价标准) are checked against themselves and against the data
/// table: the Hunan capture's 三公经费变动率 works out (63.46-32)÷32=98.31% correctly, on a 2017 basis of 32 the table
/// does not hold (its 2017 三公经费 is the 决算 29.08), as the corpus notes say.
/// </summary>
public sealed class NarrativeRuleTests
{
    private const string Hunan = "11-hunan-dept-jichu-shujubiao-2018-brokennums";

    private static string Capture => Fixtures.Text("real", Hunan, Hunan + ".txt");

    private static IReadOnlyList<Finding> Findings(string text, string rule) => Run.Result(text).Findings.Where(f => f.Rule == rule).ToList();

    [Fact]
    public void The_2017_basis_the_table_does_not_hold_is_a_warning_and_the_2018_figure_it_holds_is_not()
    {
        var finding = Assert.Single(Findings(Capture, "narrative.figures"));
        Assert.Equal((Severity.Warning, "32万元"), (finding.Severity, finding.Stated));
        Assert.Contains("29.08 (2017年决算数)", finding.Message);
        // The same text citing the table's 2017 figure is silent; a changed 2018 figure is not.
        Assert.Empty(Findings(Replaced("总额为32万元", "总额为29.08万元"), "narrative.figures"));
        var changed = Findings(Replaced("总额为63.46万元", "总额为63.64万元"), "narrative.figures");
        Assert.Equal(2, changed.Count);
        Assert.Contains(changed, f => f.Stated == "63.64万元" && f.Message.Contains("63.46 (2018年预算数)"));
    }

    [Fact]
    public void The_published_document_carries_the_same_warning()
    {
        var result = Run.Extract(Fixtures.Bytes("real", Hunan, Hunan + ".docx"), Hunan + ".docx").Result!;
        Assert.Equal("32万元", Assert.Single(result.Findings, f => f.Rule == "narrative.figures").Stated);
    }

    [Theory]
    // No rounding of 63.46 and 32 gives 89.31 %: an error.
    [InlineData("=98.31%", "=89.31%", Severity.Error)]
    // As written the figures give 98.3125 %: 98.32 % holds only if 63.46 was rounded before it was written; 98.13 %
    // and a divisor of 33 (whole numbers are taken as written) do not hold at all.
    [InlineData("=98.31%", "=98.32%", Severity.Warning)]
    [InlineData("=98.31%", "=98.13%", Severity.Error)]
    [InlineData("÷32=", "÷33=", Severity.Error)]
    public void Arithmetic_written_out_is_worked_out(string published, string changed, Severity severity)
    {
        Assert.Empty(Findings(Capture, "formula.text"));
        var finding = Assert.Single(Findings(Replaced(published, changed), "formula.text"));
        Assert.Equal(severity, finding.Severity);
        Assert.Contains("三公经费变动率", finding.Message);
    }

    [Theory]
    // Two figures apart are not one ("=30 2018年度" is not 302018).
    [InlineData(",得分=30-0=30 2018年度已全部完成")]
    // Thousands separators.
    [InlineData(",项目总投资=1,200+300=1,500万元")]
    // A percent whose expression multiplies by 100 itself, wherever it writes the 100.
    [InlineData(",执行率=37.24÷43.2×100=86.2%")]
    [InlineData(",执行率=37.24×100÷43.2=86.2%")]
    [InlineData(",执行率=37.24÷43.2×100%=86.2%")]
    // A full-width comma is a sentence's comma, not a thousands separator.
    [InlineData("，得分=20-0=20，150名学生受益")]
    // A negative result.
    [InlineData(",变动率=(29.08-32)÷32=-9.13%")]
    public void Correct_arithmetic_in_other_shapes_is_silent(string appended)
    {
        Assert.Empty(Findings(Replaced("=(63.46-32)÷32=98.31%", "=(63.46-32)÷32=98.31%" + appended), "formula.text"));
    }

    [Fact]
    public void A_sum_longer_than_the_search_is_not_worked_out_from_its_tail()
    {
        var sum = string.Join("+", Enumerable.Repeat("12.5", 46)) + "=575";
        Assert.Empty(Findings(Replaced("=(63.46-32)÷32=98.31%", "=(63.46-32)÷32=98.31%,合计=" + sum), "formula.text"));
    }

    [Theory]
    [InlineData(",平均=(80+90)÷2=95")]
    [InlineData(",执行率=37.24÷43.2×100%=96.2%")]
    [InlineData(",执行率=37.24÷43.2×100=86.5%")]
    public void Wrong_arithmetic_with_whole_numbers_is_an_error(string appended)
    {
        var finding = Assert.Single(Findings(Replaced("=(63.46-32)÷32=98.31%", "=(63.46-32)÷32=98.31%" + appended), "formula.text"));
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_wrong_negative_result_is_an_error()
    {
        var finding = Assert.Single(Findings(Replaced("=(63.46-32)÷32=98.31%", "=(63.46-32)÷32=98.31%,变动率=(29.08-32)÷32=-19.13%"), "formula.text"));
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_figure_too_large_to_work_out_does_not_stop_the_others()
    {
        var text = Replaced("=(63.46-32)÷32=98.31%", "=79228162514264337593543950335×10=1%,=(63.46-32)÷32=89.31%");
        Assert.Equal(Severity.Error, Assert.Single(Findings(text, "formula.text")).Severity);
    }

    [Fact]
    public void A_figure_is_said_of_the_row_named_nearest_before_it()
    {
        // 公务接待's 2018 figures are the table's; the text speaks of 三公经费 first, but the 4.99 is 公务接待's.
        var text = Replaced("总额为32万元", "总额为32万元,而2018年度三公经费中公务接待为4.99万元");
        Assert.DoesNotContain(Findings(text, "narrative.figures"), f => f.Stated == "4.99万元" && f.Message.Contains("三公经费", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(63.46-32)÷32", "0.983125")]
    [InlineData("1+2×3", "7")]
    [InlineData("(1+2)*3-4/2", "7")]
    [InlineData("136/143", null)]
    public void Expressions_evaluate_exactly(string expression, string? expected)
    {
        var value = IntervalExpression.Evaluate(expression)!.Value;
        if (expected is null) Assert.True(value.Low == value.High);
        else Assert.Equal((decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), (value.Low, value.High));
    }

    [Theory]
    [InlineData("10÷(5-5)")]
    [InlineData("(1+2")]
    [InlineData("1+")]
    [InlineData("1..2+3")]
    public void What_is_not_arithmetic_is_not_evaluated(string expression)
    {
        Assert.Null(IntervalExpression.Evaluate(expression));
    }

    private static string Replaced(string published, string changed)
    {
        Assert.Contains(published, Capture);
        return Capture.Replace(published, changed, StringComparison.Ordinal);
    }
}
