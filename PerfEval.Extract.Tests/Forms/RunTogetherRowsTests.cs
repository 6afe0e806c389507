using PerfEval.Extract.Forms;

namespace PerfEval.Extract.Tests.Forms;

public sealed class RunTogetherRowsTests
{
    [Fact]
    public void Rows_are_split_at_the_numbers_that_can_only_be_points()
    {
        var rows = RunTogetherRows.Split("项目目标完整性4一目标明确4项目立项相关性2一按照标准管理2")!;
        Assert.Equal([("项目目标完整性", "4", "一目标明确", "4"), ("项目立项相关性", "2", "一按照标准管理", "2")],
            rows.Select(r => (r.Name, r.Weight, r.Middle, r.Score!)));
    }

    [Fact]
    public void Decimals_and_numbers_with_units_are_values_not_points()
    {
        var row = Assert.Single(RunTogetherRows.Split("绿化、水电费等成本3M.8万元14.8万元3")!);
        Assert.Equal(("绿化、水电费等成本", "3", "M.8万元14.8万元", "3"), (row.Name, row.Weight, row.Middle, row.Score!));
    }

    [Fact]
    public void A_name_with_a_fused_figure_means_the_rows_are_not_framed()
    {
        Assert.Null(RunTogetherRows.Split("办公所需成本415万元15万元4维修(维护)所需成本335万元35万元3"));
    }

    [Fact]
    public void A_row_whose_name_was_a_label_of_its_own_takes_it()
    {
        var row = RunTogetherRows.Split("10一100%9", "预算执行率")!.Single();
        Assert.Equal(("预算执行率", "10", "一100%", "9"), (row.Name, row.Weight, row.Middle, row.Score!));
    }

    [Theory]
    [InlineData("一目标明确", "一", "目标明确")]
    [InlineData("符合要求符合要求", "符合要求", "符合要求")]
    [InlineData("持续有效", null, "持续有效")]
    public void Target_and_actual_from_the_middle_text(string middle, string? target, string actual)
    {
        Assert.Equal((target, actual), RunTogetherRows.TargetAndActual(middle));
    }

    [Fact]
    public void Full_width_figures_are_read_as_ascii()
    {
        var row = RunTogetherRows.Split("１０一９８％９", "预算执行率")!.Single();
        Assert.Equal(("10", "一98%", "9"), (row.Weight, row.Middle, row.Score!));
    }

    [Fact]
    public void A_score_before_a_name_that_begins_like_a_unit_leaves_the_rows_unsplit()
    {
        // "4年度目标合理性": a score then 年度…, or "4年"? The numbers do not frame these rows.
        Assert.Null(RunTogetherRows.Split("项目目标完整性4一目标明确4年度目标合理性4一目标合理3"));
    }

    [Fact]
    public void A_number_in_a_name_alone_is_not_a_row()
    {
        Assert.Null(RunTogetherRows.Split("资助家庭经济困难学生50名"));
    }
}
