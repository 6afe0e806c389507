namespace PerfEval.Model;

/// <summary>The evaluated year (被评价年度): the year number and the raw text ("2021年").</summary>
public sealed record YearField(int Value, string Raw, Provenance Source);
