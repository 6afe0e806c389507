using PerfEval.Extract.Checks;

namespace PerfEval.Extract.Tests.Checks;

public sealed class IntervalTests
{
    [Fact]
    public void The_seed_completion_rate_is_consistent_once_rounding_is_honoured()
    {
        // 579.77 / 579.78 = 99.998 %, published as 100.0 %.
        var rate = (Interval.Around(579.77m, 0.005m) / Interval.Around(579.78m, 0.005m)).Scale(100m);
        Assert.True(rate.Intersects(Interval.Around(100.0m, 0.05m)));
        Assert.False(rate.Intersects(Interval.Around(100.1m, 0.05m)));
    }

    [Fact]
    public void The_seed_adjustment_rate_is_consistent()
    {
        // −128.88 / 708.66 = −18.19 %, published as −18.2 %.
        var rate = (Interval.Around(-128.88m, 0.005m) / Interval.Around(708.66m, 0.005m)).Scale(100m);
        Assert.True(rate.Intersects(Interval.Around(-18.2m, 0.05m)));
        Assert.False(rate.Intersects(Interval.Around(-18.3m, 0.05m)));
    }

    [Fact]
    public void Subtraction_widens_by_both_roundings()
    {
        var d = Interval.Around(10m, 0.5m) - Interval.Around(4m, 0.5m);
        Assert.Equal(new Interval(5m, 7m), d);
    }

    [Fact]
    public void Division_by_an_interval_around_zero_is_refused()
    {
        Assert.Throws<DivideByZeroException>(() => Interval.Exact(1) / Interval.Around(0m, 0.005m));
    }

    [Fact]
    public void Multiplication_takes_every_sign_combination()
    {
        Assert.Equal(new Interval(-6m, 3m), new Interval(-2m, 1m) * new Interval(1m, 3m));
    }
}
