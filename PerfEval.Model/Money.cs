namespace PerfEval.Model;

/// <summary>
/// An amount of money as published: the value in the table's declared unit (万元 mostly), the same amount in yuan,
/// the raw text and its stated precision (number of decimals).
/// </summary>
public sealed record Money(decimal Value, string Unit, decimal Yuan, string Raw, int Decimals, Provenance Source);
