using PerfEval.Extract.Numbers;

namespace PerfEval.Extract.Tests.Numbers;

public sealed class FusedNumbersTests
{
    [Fact]
    public void Figures_sharing_one_precision_are_preferred()
    {
        // 64.86 | 4.86 | 4.8 | 100% fits the digits too, but a row's amounts are written alike.
        var split = FusedNumbers.Split("64.864.864.8100%", 4)!.Value;
        Assert.Equal(["64.8", "64.8", "64.8", "100%"], split.Parts);
        Assert.True(split.Unique);
    }

    [Fact]
    public void Several_equally_good_splits_are_reported_as_not_unique()
    {
        var split = FusedNumbers.Split("1234", 2)!.Value;
        Assert.False(split.Unique);
    }

    [Theory]
    [InlineData("保障学校", 2)]
    [InlineData("12", 3)]
    [InlineData("100%5", 2)]
    [InlineData("64.8", 1)]
    public void What_cannot_be_split_into_that_many_figures_is_left_alone(string text, int parts)
    {
        Assert.Null(FusedNumbers.Split(text, parts));
    }
}
