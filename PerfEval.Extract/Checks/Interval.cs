namespace PerfEval.Extract.Checks;

/// <summary>
/// A closed interval of exact decimals. A published figure with d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ];
/// arithmetic on intervals gives every value the true inputs allow, so a check can flag a stated figure only when
/// no rounding of the inputs could produce it.
/// </summary>
public readonly record struct Interval(decimal Low, decimal High)
{
    public static Interval Exact(decimal value) => new(value, value);

    public static Interval Around(decimal value, decimal halfWidth) => new(value - halfWidth, value + halfWidth);

    public bool Contains(decimal value) => Low <= value && value <= High;

    public bool Intersects(Interval other) => Low <= other.High && other.Low <= High;

    public bool ContainsZero => Low <= 0 && High >= 0;

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public static Interval operator *(Interval a, Interval b)
    {
        Span<decimal> products = [a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High];
        return new(Min(products), Max(products));
    }

    /// <summary>Division; the divisor must not contain zero (callers skip the check then: the ratio is unbounded).</summary>
    public static Interval operator /(Interval a, Interval b)
    {
        if (b.ContainsZero) throw new DivideByZeroException("interval divisor contains zero");
        Span<decimal> quotients = [a.Low / b.Low, a.Low / b.High, a.High / b.Low, a.High / b.High];
        return new(Min(quotients), Max(quotients));
    }

    public static Interval Min(Interval a, Interval b) => new(Math.Min(a.Low, b.Low), Math.Min(a.High, b.High));

    public Interval Scale(decimal factor) => this * Exact(factor);

    /// <summary>Rounds the bounds outward to a number of decimals, for messages a person can read.</summary>
    public Interval Rounded(int decimals) => new(
        Math.Round(Low, decimals, MidpointRounding.ToNegativeInfinity),
        Math.Round(High, decimals, MidpointRounding.ToPositiveInfinity));

    public override string ToString() => $"[{Low}, {High}]";

    private static decimal Min(Span<decimal> values)
    {
        var m = values[0];
        foreach (var v in values) m = Math.Min(m, v);
        return m;
    }

    private static decimal Max(Span<decimal> values)
    {
        var m = values[0];
        foreach (var v in values) m = Math.Max(m, v);
        return m;
    }
}
