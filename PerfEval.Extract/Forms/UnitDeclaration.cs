using System.Text.RegularExpressions;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>Reads a declared money unit ("单位：万元", "金额单位:元") from a line of text.</summary>
public static partial class UnitDeclaration
{
    private static readonly Dictionary<string, decimal> YuanPerUnit = new()
    {
        ["元"] = 1m, ["千元"] = 1_000m, ["万元"] = 10_000m, ["百万元"] = 1_000_000m, ["亿元"] = 100_000_000m,
    };

    /// <summary>The unit tables state most often; used, with a note, when a table states none.</summary>
    public static UnitInfo Assumed { get; } = new("万元", 10_000m, "");

    public static UnitInfo? TryRead(string text)
    {
        var match = UnitPattern().Match(LabelDictionary.Normalize(text));
        if (!match.Success) return null;
        var name = match.Groups["unit"].Value;
        return new UnitInfo(name, YuanPerUnit[name], text.Trim());
    }

    [GeneratedRegex("单位[:：]?(?<unit>百万元|千元|万元|亿元|元)")]
    private static partial Regex UnitPattern();
}
