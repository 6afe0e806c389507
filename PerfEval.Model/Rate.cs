namespace PerfEval.Model;

/// <summary>
/// A rate as published, in percent points (100.0 for "100.0%"), with the raw text and stated precision.
/// <see cref="Decimals"/> counts decimals of the percent figure; a spreadsheet ratio 0.99998 shown as "100.0%" has 1.
/// </summary>
public sealed record Rate(decimal Percent, string Raw, int Decimals, Provenance Source);
