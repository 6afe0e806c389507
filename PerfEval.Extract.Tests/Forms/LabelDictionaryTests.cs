using PerfEval.Extract.Forms;

namespace PerfEval.Extract.Tests.Forms;

public sealed class LabelDictionaryTests
{
    [Theory]
    [InlineData("部门调整预算收入", FieldKey.AdjustedBudget)]
    [InlineData("调整后预算数", FieldKey.AdjustedBudget)]
    [InlineData("全年预算数", FieldKey.AdjustedBudget)]
    [InlineData("年初预算数(A)", FieldKey.InitialBudget)]
    [InlineData("年初预算数（A）", FieldKey.InitialBudget)]
    [InlineData("调整预算将,A、", FieldKey.AdjustedBudget)]
    [InlineData("财务管理", FieldKey.Level2Name)]
    [InlineData("部门 年初 预算收入", FieldKey.InitialBudget)]
    [InlineData("实际支出数：", FieldKey.ActualExpenditure)]
    [InlineData("其中：一般公共预算", FieldKey.OfWhich)]
    [InlineData("改进措施或下一步计划", FieldKey.Improvements)]
    public void Knows_the_wordings(string label, FieldKey key)
    {
        Assert.Equal(key, LabelDictionary.Default.Lookup(label));
    }

    [Theory]
    [InlineData("广州市天河区妇女联合会")]
    [InlineData("579.78")]
    [InlineData("")]
    public void Values_are_not_labels(string text)
    {
        Assert.Null(LabelDictionary.Default.Lookup(text));
    }

    [Fact]
    public void Every_wording_is_listed_once()
    {
        var all = LabelDictionary.Default.Wordings.SelectMany(w => w.Value).Select(LabelDictionary.Normalize).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}
