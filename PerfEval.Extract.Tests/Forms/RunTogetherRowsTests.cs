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
    public void A_weight_run_into_a_figure_is_told_apart_by_the_target_written_twice()
    {
        var rows = RunTogetherRows.Split("办公所需成本415万元15万元4维修(维护)所需成本335万元35万元3绿化、水电费等成本3M.8万元14.8万元3")!;
        Assert.Equal([("办公所需成本", "4", "15万元15万元", "4"), ("维修(维护)所需成本", "3", "35万元35万元", "3"), ("绿化、水电费等成本", "3", "M.8万元14.8万元", "3")],
            rows.Select(r => (r.Name, r.Weight!, r.Middle, r.Score!)));
    }

    [Theory]
    [InlineData("保障人数102370人2370人IO指标2:", "保障人数", "10", "2370人2370人", "IO")]
    [InlineData("公用经费完成时间52021年12月完成2021年12月完成4指标2:", "公用经费完成时间", "5", "2021年12月完成2021年12月完成", "4")]
    public void A_figure_after_the_weight_and_a_placeholder_after_the_score(string text, string name, string weight, string middle, string score)
    {
        var row = Assert.Single(RunTogetherRows.Split(text)!);
        Assert.Equal((name, weight, middle, score), (row.Name, row.Weight!, row.Middle, row.Score!));
    }

    [Fact]
    public void Two_readings_as_good_as_each_other_leave_the_text_whole()
    {
        // Weight 2 and values "5目标", or weight 25 and values "目标": nothing tells them apart.
        Assert.Null(RunTogetherRows.Split("保障人数25目标1"));
        // The same text with the target written twice reads one way only.
        Assert.Equal("25", Assert.Single(RunTogetherRows.Split("保障人数25目标目标1")!).Weight);
    }

    [Fact]
    public void A_score_above_its_weight_is_read_when_no_other_reading_fits_so_that_the_checks_see_it()
    {
        var row = Assert.Single(RunTogetherRows.Split("保障人数15目标目标20")!);
        Assert.Equal(("15", "20"), (row.Weight, row.Score));
        // …but a reading with the score within its weight wins: weight 10 and values 2370人 twice, not weight 1.
        Assert.Equal("10", Assert.Single(RunTogetherRows.Split("保障人数102370人2370人9")!).Weight);
    }

    [Theory]
    // A weight above what a row can weigh loses to the plain figure after a one-digit weight; full marks help.
    [InlineData("公众满意度590%95%5", "[公众满意度,5,90%95%,5]")]
    [InlineData("保障人数52370人2380人5", "[保障人数,5,2370人2380人,5]")]
    // Names may begin like a unit (日常…, 天然气…, 次均…) when the rest reads better so.
    [InlineData("培训次数5100次100次5日常管理规范性5一规范5", "[培训次数,5,100次100次,5] [日常管理规范性,5,一规范,5]")]
    [InlineData("项目数量1050个50个10天然气使用量5一100吨5", "[项目数量,10,50个50个,10] [天然气使用量,5,一100吨,5]")]
    [InlineData("覆盖人数10500人450人8次均费用5≤100元95元5", "[覆盖人数,10,500人450人,8] [次均费用,5,≤100元95元,5]")]
    // A value ending in 指标 keeps its score; only the colon-ended placeholder after it goes.
    [InlineData("公用经费标准5完成指标完成指标3指标2:", "[公用经费标准,5,完成指标完成指标,3]")]
    // OCR drops placeholders' colons: what follows a score is still a placeholder.
    [InlineData("保障人数102370人2370人IO指标2", "[保障人数,10,2370人2370人,IO]")]
    [InlineData("公用经费标准5符合要求符合要求5指标L", "[公用经费标准,5,符合要求符合要求,5]")]
    public void Rows_read_the_way_their_figures_fit_best(string text, string expected)
    {
        var rows = RunTogetherRows.Split(text)!;
        Assert.Equal(expected, string.Join(" ", rows.Select(r => $"[{r.Name},{r.Weight},{r.Middle},{r.Score}]")));
    }

    [Fact]
    public void A_weight_above_the_points_of_what_the_row_stands_under_is_unlikely()
    {
        // Weight 1 and values "5目标", or weight 15 and values "目标", scored 0 (a tie without more to go on): under a 二级 of
        // 10 points, 15 cannot be the weight.
        Assert.Null(RunTogetherRows.Split("保障人数15目标0"));
        Assert.Equal("1", Assert.Single(RunTogetherRows.Split("保障人数15目标0", maximumWeight: 10m)!).Weight);
    }

    [Fact]
    public void The_last_row_of_a_cut_capture_keeps_what_it_has()
    {
        var rows = RunTogetherRows.Split("可行性2实际工作需求2满意度10一≥90%")!;
        Assert.Equal([("可行性", "2", "2"), ("满意度", "10", null)], rows.Select(r => (r.Name, r.Weight, r.Score)));
        // Weight 1 or 12 before 满意: the cut row is kept as one text, and the rows before it stand.
        rows = RunTogetherRows.Split("可行性2实际工作需求2满意度12满意")!;
        Assert.Equal([("可行性", "2", "实际工作需求"), ("满意度12满意", null, "")], rows.Select(r => (r.Name, r.Weight, r.Middle)));
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
    [InlineData("M.8万元14.8万元", "M.8万元", "14.8万元")]
    [InlineData("100%", null, "100%")]
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
    public void A_name_may_begin_with_nian_du_but_not_with_the_rest_of_a_figure()
    {
        // "4年度目标合理性": the score 4, then a name beginning 年度 (a value "4年" would leave 度目标合理性 with no weight).
        var rows = RunTogetherRows.Split("项目目标完整性4一目标明确4年度目标合理性4一目标合理3")!;
        Assert.Equal(["项目目标完整性", "年度目标合理性"], rows.Select(r => r.Name));
        // 月完成 cannot begin a name: "2021年12月完成" stays one value.
        Assert.Equal("2021年12月完成", Assert.Single(RunTogetherRows.Split("完成时间5一2021年12月完成4")!).Middle[1..]);
    }

    [Fact]
    public void A_number_in_a_name_alone_is_not_a_row()
    {
        Assert.Null(RunTogetherRows.Split("资助家庭经济困难学生50名"));
    }
}
