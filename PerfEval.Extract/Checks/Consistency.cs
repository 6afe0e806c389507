using PerfEval.Model;
using static System.FormattableString;

namespace PerfEval.Extract.Checks;

/// <summary>
/// The comparisons arithmetic rules end in: does the stated figure's interval meet the computed one? Messages format
/// numbers invariantly, whatever the host's culture.
/// </summary>
public static class Consistency
{
    /// <summary>An error finding when <paramref name="stated"/> cannot be a rounding of any value in <paramref name="computed"/>.</summary>
    public static Finding? Compare(string rule, string what, Figure stated, Interval computed, IEnumerable<string> inputCells)
    {
        if (stated.Interval.Intersects(computed)) return null;
        var shown = computed.Rounded(stated.Decimals + 2);
        return Against(rule, Severity.Error, Invariant($"{what}: stated {stated.Raw}, but the other figures allow only {shown.Low} to {shown.High}"),
            stated, computed, inputCells);
    }

    /// <summary>
    /// <see cref="Compare"/> for a rate in percent points. A rate printed without a % sign (0.98, 98) may be a ratio or
    /// percent points: it is flagged only when neither reading fits.
    /// </summary>
    public static Finding? CompareRate(string rule, string what, Figure stated, Interval computedPercent, IEnumerable<string> inputCells)
    {
        var finding = Compare(rule, what, stated, computedPercent, inputCells);
        if (finding is null || stated.Raw.Contains('%') || stated.Raw.Contains('％')) return finding;
        var asRatio = new Figure(stated.Value * 100m, Math.Max(stated.Decimals - 2, 0), stated.Raw, stated.Cell);
        return asRatio.Interval.Intersects(computedPercent) ? null : finding;
    }

    /// <summary>
    /// An error finding when the parts' sum must exceed the total, whatever the rounding; with
    /// <paramref name="shortfallWarning"/>, a warning when it must fall short (sources possibly left unlisted).
    /// </summary>
    public static Finding? AtMost(string rule, string what, Interval parts, Figure total, IEnumerable<string> partCells, string? shortfallWarning = null)
    {
        if (shortfallWarning is not null && parts.High < total.Interval.Low)
            return Against(rule, Severity.Warning, Invariant($"{shortfallWarning}: the parts add up to at most {parts.High}, less than the stated {total.Raw}"),
                total, parts, partCells);
        if (parts.Low <= total.Interval.High) return null;
        return Against(rule, Severity.Error, Invariant($"{what}: the parts add up to at least {parts.Low}, more than the stated {total.Raw}"),
            total, parts, partCells);
    }

    private static Finding Against(string rule, Severity severity, string message, Figure stated, Interval expected, IEnumerable<string> otherCells) => new()
    {
        Rule = rule,
        Severity = severity,
        Message = message,
        Stated = stated.Raw,
        StatedValue = stated.Value,
        ExpectedLow = expected.Low,
        ExpectedHigh = expected.High,
        Tolerance = stated.HalfUnit,
        Cells = [stated.Cell, .. otherCells],
    };
}
