namespace PerfEval.Extract.Numbers;

/// <summary>
/// A number exactly as published: its value, the number of decimals it was written with, and whether it carried a
/// percent sign. "100.0%" is 100.0 with 1 decimal and <see cref="IsPercent"/>; "6" is 6 with 0 decimals.
/// </summary>
public readonly record struct StatedNumber(decimal Value, int Decimals, bool IsPercent)
;
