namespace PerfEval.Model;

/// <summary>
/// An indicator value such as "≥50个", "惠及近5万人次", "97.80%" or "完成". What can be parsed is parsed
/// (comparator, number, scale word, unit, qualifier); <see cref="Raw"/> is always kept, and no number is ever invented:
/// a value without a number has <see cref="Number"/> null.
/// </summary>
public sealed record Quantity
{
    public required string Raw { get; init; }
    /// <summary>"≥", "≤", "=", "<", ">" normalized from symbols and words (不低于 → ≥).</summary>
    public string? Comparator { get; init; }
    /// <summary>The number as written, before the scale word: 5 in "5万".</summary>
    public decimal? Number { get; init; }
    /// <summary>Decimals of the number as written.</summary>
    public int? Decimals { get; init; }
    /// <summary>The scale word: 万, 亿, 千, 百.</summary>
    public string? Scale { get; init; }
    /// <summary>Number × scale: 50000 for "5万".</summary>
    public decimal? ScaledValue { get; init; }
    /// <summary>The unit after the number: 个, 人次, %, 万元.</summary>
    public string? Unit { get; init; }
    /// <summary>Approximation or bound words: 近, 约, 超, 以上, 以内, 左右.</summary>
    public IReadOnlyList<string>? Qualifiers { get; init; }
    /// <summary>Text around the number that is neither unit nor qualifier ("惠及" in "惠及近5万人次").</summary>
    public string? Context { get; init; }
    /// <summary>Text after the unit that belongs to no part ("近5万学生参与" in "100所学校近5万学生参与").</summary>
    public string? Remainder { get; init; }
    public Provenance? Source { get; init; }
}
