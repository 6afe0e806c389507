namespace PerfEval.Model;

/// <summary>The money unit the table declares (单位：万元): its name and how many yuan one unit is.</summary>
public sealed record UnitInfo(string Name, decimal YuanPerUnit, string Raw);
