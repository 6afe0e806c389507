using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>A published figure as the checks see it: its value, its rounding interval, its text and its cell.</summary>
public readonly record struct Figure(decimal Value, int Decimals, string Raw, string Cell)
{
    public decimal HalfUnit => 0.5m / Pow10(Decimals);

    public Interval Interval => Interval.Around(Value, HalfUnit);

    public static Figure Of(Money money) => new(money.Value, money.Decimals, money.Raw, money.Source.Cell);

    public static Figure Of(Rate rate) => new(rate.Percent, rate.Decimals, rate.Raw, rate.Source.Cell);

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10m;
        return r;
    }
}
