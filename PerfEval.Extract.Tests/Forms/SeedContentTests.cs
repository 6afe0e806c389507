using PerfEval.Extract.Tests.Support;
using PerfEval.Model;

namespace PerfEval.Extract.Tests.Forms;

/// <summary>The seed's figures and texts, asserted one by one from the published table (not from the golden file).</summary>
public sealed class SeedContentTests
{
    private static readonly ExtractionResult Seed = Run.Result(Fixtures.Text("seed", "seed.txt"), "seed.txt");
    private static DepartmentReport Department => Seed.Department!;

    [Fact]
    public void Header()
    {
        Assert.Equal("department", Seed.Form.Family);
        Assert.Equal("部门整体支出绩效自评表", Seed.Form.Title);
        Assert.Equal("广州市天河区妇女联合会", Department.Name!.Text);
        Assert.Equal(2021, Department.Year!.Value);
        Assert.Equal("万元", Seed.Unit!.Name);
        Assert.Equal(10000m, Seed.Unit.YuanPerUnit);
    }

    [Fact]
    public void Funds_block()
    {
        var funds = Department.Funds;
        AssertMoney(funds.AdjustedBudget, 579.78m, "579.78", "部门调整预算收入", "R2C3");
        AssertMoney(funds.InitialBudget, 708.66m, "708.66", "部门年初预算收入", "R2C5");
        AssertMoney(funds.ActualExpenditure, 579.77m, "579.77", "实际支出数", "R3C3");
        AssertMoney(funds.BudgetAdjustment, -128.88m, "-128.88", "年度预算调整数", "R3C5");
        var part = Assert.Single(funds.Breakdown);
        Assert.Equal("一般公共预算", part.Name);
        Assert.Equal("actualExpenditure", part.PartOf);
        AssertMoney(part.Amount, 579.77m, "579.77", "其中：一般公共预算", "R4C3");
        Assert.Equal(100.0m, funds.CompletionRate!.Percent);
        Assert.Equal(1, funds.CompletionRate.Decimals);
        Assert.Equal("100.0%", funds.CompletionRate.Raw);
        Assert.Equal(-18.2m, funds.AdjustmentRate!.Percent);
        Assert.Equal(1, funds.AdjustmentRate.Decimals);
    }

    [Fact]
    public void Money_is_also_given_in_yuan()
    {
        Assert.Equal(5797800m, Department.Funds.AdjustedBudget!.Yuan);
        Assert.Equal(60000m, Department.Tasks[4].Funds!.Yuan);
    }

    [Fact]
    public void Annual_goal()
    {
        Assert.StartsWith("坚持以习近平新时代中国特色社会主义思想为指导", Department.AnnualGoal!.Expected!.Text);
        Assert.EndsWith("贡献巾帼力量。", Department.AnnualGoal.Expected.Text);
        Assert.StartsWith("2021年,我会在区委区政府领导下", Department.AnnualGoal.Achieved!.Text);
        Assert.DoesNotContain("<p>", Department.AnnualGoal.Achieved.Text);
    }

    [Fact]
    public void Tasks_with_funds_and_every_indicator()
    {
        Assert.Equal(["任务1", "任务2", "任务3", "任务4", "任务5"], Department.Tasks.Select(t => t.Name.Text));
        Assert.Equal([15.9m, 9.6m, 25.1m, 40.1m, 6m], Department.Tasks.Select(t => t.Funds!.Value));
        // The seed holds 21 key indicators: 4 + 4 + 6 + 5 + 2.
        Assert.Equal([4, 4, 6, 5, 2], Department.Tasks.Select(t => t.Indicators.Count));
        Assert.All(Department.Tasks, t => Assert.False(string.IsNullOrEmpty(t.Expected?.Text)));
        Assert.All(Department.Tasks, t => Assert.False(string.IsNullOrEmpty(t.Achieved?.Text)));
        var task3 = Department.Tasks[2];
        Assert.Equal("推进妇女儿童发展规划", task3.Indicators[4].Name.Text);
        Assert.Equal(97.80m, task3.Indicators[4].Completion!.Number);
        Assert.Equal(2, task3.Indicators[4].Completion!.Decimals);
        Assert.Equal("持续发展", Department.Tasks[1].Indicators[1].Completion!.Raw);
        Assert.Null(Department.Tasks[1].Indicators[1].Completion!.Number);
        Assert.Equal("完成", Department.Tasks[4].Indicators[1].Completion!.Raw);
    }

    [Fact]
    public void Narratives()
    {
        Assert.Equal(["keyProjects", "overallPerformance", "problems", "improvements"], Department.Narratives.Select(n => n.Key));
        Assert.Equal("改进措施或下一步计划", Department.Narratives[3].Text.Source.Label);
        Assert.StartsWith("重点项目为：推进市域社会治理", Department.Narratives[0].Text.Text);
    }

    [Fact]
    public void A_correct_table_has_no_findings_and_nothing_left_over()
    {
        Assert.Empty(Seed.Findings);
        Assert.Empty(Seed.Unrecognized);
        Assert.False(Seed.Truncated);
    }

    private static void AssertMoney(Money? money, decimal value, string raw, string label, string cell)
    {
        Assert.NotNull(money);
        Assert.Equal(value, money.Value);
        Assert.Equal(raw, money.Raw);
        Assert.Equal(2, money.Decimals);
        Assert.Equal("万元", money.Unit);
        Assert.Equal(label, money.Source.Label);
        Assert.Equal(cell, money.Source.Cell);
    }
}
