namespace PerfEval.Model;

/// <summary>A remark about the reading (a repair made, an ambiguity, a formula without a cached value), never silent.</summary>
public sealed record Note(string Code, string Message, string? Location);
