namespace PerfEval.Extract.Numbers;

/// <summary>
/// A number exactly as published: its value, the number of decimals it was written with, and whether it carried a
/// percent sign. "100.0%" is 100.0 with 1 decimal and <see cref="IsPercent"/>; "6" is 6 with 0 decimals.
/// </summary>
public readonly record struct StatedNumber(decimal Value, int Decimals, bool IsPercent)
{
    /// <summary>Half of the last stated place: the rounding a published figure may carry (0.005 for 2 decimals).</summary>
    public decimal HalfUnit => 0.5m * Pow10(-Decimals);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result = exponent < 0 ? result / 10m : result * 10m;
        return result;
    }
}
