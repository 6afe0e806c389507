using PerfEval.Extract.Tests.Support;
using PerfEval.Model;

namespace PerfEval.Extract.Tests.Forms;

/// <summary>
/// A complete national project form, written as a flattened capture and as a tab-separated dump with its merges as
/// empty fields: both read to the same tree, and the whole-tree rules (Σ 分值 = 100, 总分 = Σ 得分) hold on it and
/// fire when a figure changes.
/// </summary>
public sealed class ProjectFormTests
{
    private const string Piped = """
        项目支出绩效自评表
        (2022年度)
        项目名称 | 123456789012-乡村道路养护项目 |
        主管部门 | 219-某县交通运输局 | 实施单位 | 219001-某县公路站 |
        项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
        年度资金总额 | 100.00 | 120.00 | 118.50 | 10 | 98.75% | 9.88 |
        其中:本年财政拨款 | 100.00 | 120.00 | 118.50 |
        上年结转资金 | 0.00 | 0.00 | 0.00 |
        年度总体目标 | 预期目标 | 实际完成情况 |
        养护道路120公里。 | 养护道路118公里。 |
        绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
        产出指标(50分) | 数量指标 | 养护里程 | ≥120公里 | 118公里 | 25 | 24 | 两段道路因雨延期 |
        质量指标 | 验收合格率 | 100% | 100% | 25 | 25 | |
        效益指标(30分) | 社会效益指标 | 通行条件改善 | 明显改善 | 明显改善 | 30 | 30 | |
        满意度指标(10分) | 满意度指标 | 群众满意度 | ≥90% | 93% | 10 | 10 | |
        总分 | 100 | 98.88 |
        """;

    private static ExtractionResult Read(string text) => Run.Result(text);

    [Fact]
    public void Reads_header_funds_goal_tree_and_total()
    {
        var result = Read(Piped);
        var project = result.Project!;
        Assert.Equal("project", result.Form.Family);
        Assert.Equal("乡村道路养护项目", project.Name!.Text);
        Assert.Equal("123456789012", project.NameCode);
        Assert.Equal(("某县交通运输局", "219"), (project.Department!.Name, project.Department.Code));
        Assert.Equal(2022, project.Year!.Value);
        Assert.Equal(["total", "currentYearAppropriation", "carryOver"], project.Funds!.Rows.Select(r => r.Key));
        Assert.Equal("养护道路118公里。", project.AnnualGoal!.Achieved!.Text);
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], project.IndicatorGroups.Select(g => g.Name.Text));
        Assert.Equal(4, project.IndicatorGroups.Sum(g => g.Indicators.Count));
        Assert.Equal(100m, project.TotalPoints!.Value);
        var first = project.IndicatorGroups[0].Indicators[0];
        Assert.Equal(("数量指标", "养护里程", "≥", 120m, "公里"), (first.Level2!.Text, first.Name.Text, first.Target!.Comparator, first.Target.Number!.Value, first.Target.Unit!));
        Assert.Equal("两段道路因雨延期", first.Deviation!.Text);
        Assert.Equal("满意度指标", project.IndicatorGroups[2].Indicators[0].Level2!.Text);
        Assert.Equal(98.88m, project.TotalScore!.Value);
        Assert.False(result.Truncated);
        Assert.Empty(result.Findings);
    }

    // Integer scores may be roundings (±0.5 each), so a total is only flagged beyond the sum of their roundings.
    [Theory]
    [InlineData("| 25 | 25 | |", "| 26 | 25 | |", "indicators.weights")]
    [InlineData("| 100 | 98.88 |", "| 100 | 92.88 |", "indicators.total")]
    [InlineData("| 10 | 98.75% | 9.88 |", "| 10 | 98.75% | 9.78 |", "funds.budget-score")]
    [InlineData("| 10 | 98.75% | 9.88 |", "| 10 | 97.75% | 9.88 |", "funds.execution-rate")]
    [InlineData("| 120.00 | 118.50 |\n上年", "| 120.00 | 108.50 |\n上年", "funds.sources")]
    [InlineData("| 10 | 10 | |", "| 10 | 11 | |", "indicators.score-bounds")]
    public void A_changed_figure_fires_its_rule_and_the_original_does_not(string original, string changed, string rule)
    {
        Assert.Contains(original, Piped);
        Assert.DoesNotContain(Read(Piped).Findings, f => f.Rule == rule);
        var findings = Read(Piped.Replace(original, changed)).Findings;
        Assert.Contains(findings, f => f.Rule == rule && f.Severity == Severity.Error);
    }

    [Fact]
    public void A_tab_dump_of_the_same_form_reads_the_same_tree()
    {
        // The same form as a text dump writes it: one row per line, empty fields where the printed form merges cells
        // (项目资金 and 绩效指标 span their rows; 一级 spans its indicators).
        var tabbed = string.Join("\n",
            "项目支出绩效自评表", "(2022年度)",
            "项目名称\t123456789012-乡村道路养护项目\t\t\t\t\t\t\t",
            "主管部门\t219-某县交通运输局\t\t\t实施单位\t219001-某县公路站\t\t\t",
            "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t",
            "\t年度资金总额\t100.00\t120.00\t118.50\t10\t98.75%\t9.88\t",
            "\t其中:本年财政拨款\t100.00\t120.00\t118.50\t\t\t\t",
            "\t上年结转资金\t0.00\t0.00\t0.00\t\t\t\t",
            "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t",
            "\t养护道路120公里。\t\t\t养护道路118公里。\t\t\t\t",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "\t产出指标(50分)\t数量指标\t养护里程\t≥120公里\t118公里\t25\t24\t两段道路因雨延期",
            "\t\t质量指标\t验收合格率\t100%\t100%\t25\t25\t",
            "\t效益指标(30分)\t社会效益指标\t通行条件改善\t明显改善\t明显改善\t30\t30\t",
            "\t满意度指标(10分)\t满意度指标\t群众满意度\t≥90%\t93%\t10\t10\t",
            "总分\t\t\t\t\t\t100\t98.88\t");
        var piped = Read(Piped);
        var dump = Read(tabbed);
        Assert.Equal(piped.Project!.IndicatorGroups.SelectMany(g => g.Indicators).Select(i => (i.Level2?.Text, i.Name.Text, i.Weight?.Value, i.Score?.Value, i.Deviation?.Text)),
            dump.Project!.IndicatorGroups.SelectMany(g => g.Indicators).Select(i => (i.Level2?.Text, i.Name.Text, i.Weight?.Value, i.Score?.Value, i.Deviation?.Text)));
        Assert.Equal(piped.Project.Funds!.Rows.Select(r => (r.Key, r.Cells.Count)), dump.Project.Funds!.Rows.Select(r => (r.Key, r.Cells.Count)));
        Assert.Equal(piped.Project.AnnualGoal!.Expected!.Text, dump.Project.AnnualGoal!.Expected!.Text);
        Assert.Equal(98.88m, dump.Project.TotalScore!.Value);
        Assert.Empty(dump.Findings);
    }

    [Fact]
    public void Names_with_numbers_in_a_clean_capture_are_names()
    {
        var text = Piped.Replace("| 养护里程 |", "| 资助家庭经济困难学生50名 |", StringComparison.Ordinal);
        Assert.NotEqual(Piped, text);
        var result = Read(text);
        Assert.Equal("资助家庭经济困难学生50名", result.Project!.IndicatorGroups[0].Indicators[0].Name.Text);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("25", false)]
    [InlineData("20", true)]
    public void A_level_2_that_states_its_points_holds_indicators_worth_them(string points, bool fires)
    {
        var text = Piped.Replace("| 数量指标 |", $"| 数量指标({points}分) |", StringComparison.Ordinal);
        var result = Read(text);
        var first = result.Project!.IndicatorGroups[0].Indicators[0];
        Assert.Equal(("数量指标", decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)), (first.Level2!.Text, first.Level2Points!.Value));
        Assert.Equal(fires, result.Findings.Any(f => f.Rule == "indicators.weights"));
    }
}
