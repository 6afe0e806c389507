using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>The comparison every arithmetic rule ends in: does the stated figure's interval meet the computed one?</summary>
public static class Consistency
{
    /// <summary>An error finding when <paramref name="stated"/> cannot be a rounding of any value in <paramref name="computed"/>.</summary>
    public static Finding? Compare(string rule, string what, Figure stated, Interval computed, IEnumerable<string> inputCells)
    {
        if (stated.Interval.Intersects(computed)) return null;
        var shown = computed.Rounded(stated.Decimals + 2);
        return new Finding
        {
            Rule = rule,
            Severity = Severity.Error,
            Message = $"{what}: stated {stated.Raw}, but the other figures allow only {shown.Low} to {shown.High}",
            Stated = stated.Raw,
            StatedValue = stated.Value,
            ExpectedLow = computed.Low,
            ExpectedHigh = computed.High,
            Tolerance = stated.HalfUnit,
            Cells = [stated.Cell, .. inputCells],
        };
    }

    /// <summary>
    /// An error finding when the parts' sum must exceed the total, whatever the rounding; with
    /// <paramref name="shortfallWarning"/>, a warning when it must fall short (sources possibly left unlisted).
    /// </summary>
    public static Finding? AtMost(string rule, string what, Interval parts, Figure total, IEnumerable<string> partCells, string? shortfallWarning = null)
    {
        if (shortfallWarning is not null && parts.High < total.Interval.Low)
            return new Finding
            {
                Rule = rule,
                Severity = Severity.Warning,
                Message = $"{shortfallWarning}: the parts add up to at most {parts.High}, less than the stated {total.Raw}",
                Stated = total.Raw,
                StatedValue = total.Value,
                ExpectedLow = parts.Low,
                ExpectedHigh = parts.High,
                Tolerance = total.HalfUnit,
                Cells = [total.Cell, .. partCells],
            };
        if (parts.Low <= total.Interval.High) return null;
        return new Finding
        {
            Rule = rule,
            Severity = Severity.Error,
            Message = $"{what}: the parts add up to at least {parts.Low}, more than the stated {total.Raw}",
            Stated = total.Raw,
            StatedValue = total.Value,
            ExpectedLow = parts.Low,
            ExpectedHigh = parts.High,
            Tolerance = total.HalfUnit,
            Cells = [total.Cell, .. partCells],
        };
    }
}
