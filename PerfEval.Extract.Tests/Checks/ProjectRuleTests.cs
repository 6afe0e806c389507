using PerfEval.Extract.Tests.Support;
using PerfEval.Model;

namespace PerfEval.Extract.Tests.Checks;

/// <summary>
/// The project rules on the real corpus captures: what their READMEs name is flagged with the right rule, what is
/// consistent once rounding is honoured is not, and a changed figure fires the rule that covers it.
/// </summary>
public sealed class ProjectRuleTests
{
    private const string Langfang = "10-langfang-shipin-xuexiao-nuantong-2019";
    private const string Chizhou = "05-chizhou-guichi-tangxi-weituo-2022";
    private const string Suiyang = "02-suiyang-taibai-dept-2021";
    private const string Yinchuan = "07-yinchuan-liuzhong-gongyong-2021-ocr";

    private static string Capture(string name) => Fixtures.Text("real", name, name + ".txt");

    private static IReadOnlyList<Finding> Findings(string text) =>
        Run.Result(text).Findings.Where(f => f.Rule != "document.truncated").ToList();

    [Fact]
    public void Langfang_score_9_for_86_percent_of_10_points_is_consistent()
    {
        var result = Run.Result(Capture(Langfang));
        var total = result.Project!.Funds!.Rows[0];
        Assert.Equal(["initialBudget", "adjustedBudget", "executed", "weight", "rate", "score"], total.Cells.Select(c => c.Column));
        Assert.Equal(["43.2", "43.2", "37.24", "10", "86%", "9"], total.Cells.Select(c => c.Figure.Raw));
        Assert.Empty(Findings(Capture(Langfang)));
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Chizhou_zero_total_above_money_is_flagged_not_trusted()
    {
        var finding = Assert.Single(Findings(Capture(Chizhou)));
        Assert.Equal("funds.zero-total", finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("其中:本年财政拨款", finding.Message);
    }

    [Fact]
    public void Chizhou_groups_carry_their_stated_points_and_units_their_codes()
    {
        var project = Run.Result(Capture(Chizhou)).Project!;
        Assert.Equal([50m, 30m, 10m], project.IndicatorGroups.Select(g => g.StatedPoints!.Value));
        Assert.Equal("219", project.Department!.Code);
        Assert.Equal("池州市贵池区棠溪镇人民政府", project.Department.Name);
        Assert.Equal("219001", project.Implementer!.Code);
        var first = project.IndicatorGroups[0].Indicators[0];
        Assert.Equal("≥", first.Target!.Comparator);
        Assert.Equal(50m, first.Target.Number);
        Assert.Equal("个", first.Target.Unit);
    }

    [Theory]
    [InlineData(Langfang, "86%", "76%", "funds.execution-rate")]
    [InlineData(Langfang, "86%", "87%", "funds.execution-rate")]
    public void Execution_rate_fires_on_a_changed_rate(string name, string raw, string mutated, string rule) =>
        AssertFiresAndRestores(name, raw, mutated, rule, occurrence: 0);

    [Fact]
    public void Budget_score_fires_when_the_score_cannot_be_rounded_from_the_rate()
    {
        // 10 × 86.2 % = 8.62: 9 is a rounding of it, 7 and 8 are not.
        AssertFiresAndRestores(Langfang, "\n9\n", "\n8\n", "funds.budget-score", occurrence: 0);
    }

    [Fact]
    public void Sources_must_add_up_to_the_total()
    {
        // 年度资金总额 1172.55 = 基本支出 985.19 + 项目支出 187.36.
        Assert.Empty(Findings(Capture(Suiyang)));
        AssertFiresAndRestores(Suiyang, "985.19", "985.91", "funds.sources", occurrence: 0);
    }

    [Fact]
    public void Score_above_weight_fires_score_bounds()
    {
        AssertFiresAndRestores(Chizhou, "50 8 8", "50 8 9", "indicators.score-bounds", occurrence: 0);
    }

    [Fact]
    public void Group_points_must_match_its_indicators()
    {
        // 产出指标(50分) holds 8 + 8 + 8 + 8 + 8 + 10.
        AssertFiresAndRestores(Chizhou, "50 8 8 质量指标", "50 9 8 质量指标", "indicators.weights", occurrence: 0);
    }

    [Fact]
    public void A_score_below_its_weight_without_reason_is_a_warning()
    {
        var changed = Findings(Capture(Langfang).Replace("指标1工程完工率\n\n100\n\n100\n\n10\n\n10", "指标1工程完工率\n\n100\n\n100\n\n10\n\n8", StringComparison.Ordinal));
        var finding = Assert.Single(changed);
        Assert.Equal("indicators.deviation-explained", finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Yinchuan_weights_are_consistent_with_satisfaction_a_level_two_of_benefit()
    {
        // The corpus README reads 一级 points adding to 110. The capture's figures say 服务对象满意度指标(10分) is a 二级
        // of 项目效益(35分) (15 + 10 + 10), so the 一级 add to 10 + 25 + 30 + 35 = 100 and every group to its points.
        var result = Run.Result(Capture(Yinchuan));
        Assert.Equal([10m, 25m, 30m, 35m], result.Project!.IndicatorGroups.Select(g => g.StatedPoints!.Value));
        Assert.Equal([10m, 25m, 30m], result.Project.IndicatorGroups.Take(3).Select(g => g.Indicators.Sum(i => i.Weight!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Rule == "indicators.weights");
    }

    [Fact]
    public void Yinchuan_total_98_is_more_than_the_cut_tree_can_reach()
    {
        // The rows read lose 1 + 1 + 2 + 2 points (分值 − 得分); integer scores may be roundings of up to half a point
        // more, so the 100-point tree can reach 96 at most, not the 98 printed as 自评得分.
        var finding = Assert.Single(Findings(Capture(Yinchuan)), f => f.Severity == Severity.Error);
        Assert.Equal(("indicators.total", Severity.Error, 96.0m), (finding.Rule, finding.Severity, finding.ExpectedHigh!.Value));
        Assert.Contains(Findings(Capture(Yinchuan).Replace("自评得分98", "自评得分97", StringComparison.Ordinal)), f => f.Rule == "indicators.total");
        Assert.DoesNotContain(Findings(Capture(Yinchuan).Replace("自评得分98", "自评得分96", StringComparison.Ordinal)), f => f.Rule == "indicators.total");
    }

    [Theory]
    [InlineData("100", false)]
    [InlineData("90", true)]
    public void A_whole_table_with_its_total_in_the_header_is_summed(string total, bool fires)
    {
        // No 总分 row closes this tree (narratives follow it), but the table is whole: 自评得分 = Σ 得分 = 100.
        string[] lines =
        [
            "项目支出绩效自评表", "(2022年度)", "项目名称\t委托业务项目",
            "主管部门\t池州市贵池区棠溪镇人民政府\t实施单位\t池州市贵池区棠溪镇人民政府", $"自评得分\t{total}",
            "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t90\t90\t90\t10\t100%\t10", "\t其中:本年财政拨款\t90\t90\t90",
            "年度总体目标\t预期目标\t实际完成情况", "\t完成委托业务\t已完成委托业务",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "\t产出指标(50分)\t数量指标\t项目数量\t≥50个\t50\t20\t20", "\t\t质量指标\t合格率\t100%\t100%\t10\t10",
            "\t\t时效指标\t及时性\t按时\t按时\t10\t10", "\t\t成本指标\t项目总成本\t≤90万元\t90\t10\t10",
            "\t效益指标(30分)\t社会效益指标\t影响程度\t明显\t明显\t30\t30",
            "\t满意度指标(10分)\t满意度指标\t公众满意度\t≥90%\t95%\t10\t10", "存在问题\t无", "改进措施\t无",
        ];
        var findings = Run.Result(string.Join("\n", lines)).Findings;
        Assert.Equal(fires, findings.Any(f => f.Rule == "indicators.total" && f.Severity == Severity.Error));
    }

    [Fact]
    public void A_whole_table_with_a_score_unread_is_still_bounded()
    {
        // 项目数量 scored 15 of 20 and 合格率's score unreadable: the sum is unknown, but 100 − 5 bounds the total.
        string[] lines =
        [
            "项目支出绩效自评表", "(2022年度)", "项目名称\t委托业务项目", "自评得分\t100",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "\t产出指标(50分)\t数量指标\t项目数量\t≥50个\t50\t20\t15\t未达标", "\t\t质量指标\t合格率\t100%\t100%\t10\t/",
            "\t\t时效指标\t及时性\t按时\t按时\t10\t10", "\t\t成本指标\t项目总成本\t≤90万元\t90\t10\t10",
            "\t效益指标(30分)\t社会效益指标\t影响程度\t明显\t明显\t30\t30",
            "\t满意度指标(10分)\t满意度指标\t公众满意度\t≥90%\t95%\t10\t10", "存在问题\t无",
        ];
        var text = string.Join("\n", lines);
        Assert.Contains(Run.Result(text).Findings, f => f.Rule == "indicators.total" && f.Severity == Severity.Error);
        Assert.DoesNotContain(Run.Result(text.Replace("自评得分\t100", "自评得分\t95", StringComparison.Ordinal)).Findings, f => f.Rule == "indicators.total");
    }

    [Fact]
    public void A_cut_group_already_heavier_than_its_points_fires_weights()
    {
        // 项目效益(35分): 15 + 10 read, and 服务对象满意度指标(10分) cut before its rows still holds 10: 35 exactly.
        AssertFiresAndRestores(Yinchuan, "效果显著15", "效果显著17", "indicators.weights", occurrence: 0);
    }

    [Fact]
    public void A_run_together_score_above_its_weight_fires_score_bounds()
    {
        AssertFiresAndRestores(Yinchuan, "IO指标2", "13指标2", "indicators.score-bounds", occurrence: 0);
    }

    private static void AssertFiresAndRestores(string name, string raw, string mutated, string rule, int occurrence)
    {
        var text = Capture(name);
        var at = IndexOf(text, raw, occurrence);
        var changed = text[..at] + mutated + text[(at + raw.Length)..];
        var findings = Findings(changed);
        Assert.Contains(findings, f => f.Rule == rule && f.Severity == Severity.Error);
        var restored = changed[..at] + raw + changed[(at + mutated.Length)..];
        Assert.Equal(text, restored);
        Assert.DoesNotContain(Findings(restored), f => f.Rule == rule);
    }

    private static int IndexOf(string text, string value, int occurrence)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{value}\" not found");
        }
        return at;
    }

    [Theory]
    [InlineData("20.00", false)]
    [InlineData("30.00", true)]
    public void Other_funds_beside_sources_are_summed_with_the_sources(string other, bool fires)
    {
        var text = $"""
            项目支出绩效自评表
            项目名称 | x |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 |
            年度资金总额 | 100.00 | 100.00 | 100.00 |
            其中:财政拨款 | 80.00 | 80.00 | 80.00 |
            其他 | {other} | 20.00 | 20.00 |
            总分 | 100 |
            """;
        var findings = Run.Result(text).Findings.Where(f => f.Rule == "funds.sources").ToList();
        Assert.Equal(fires, findings.Count > 0);
    }

    [Theory]
    [InlineData("0.86", false)]
    [InlineData("86", false)]
    [InlineData("0.76", true)]
    public void A_rate_without_a_percent_sign_may_be_a_ratio(string rate, bool fires)
    {
        var text = $"""
            项目支出绩效自评表
            项目名称 | x |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | 43.2 | 43.2 | 37.24 | 10 | {rate} | 9 |
            总分 | 100 |
            """;
        Assert.Equal(fires, Run.Result(text).Findings.Any(f => f.Rule == "funds.execution-rate"));
    }
}
