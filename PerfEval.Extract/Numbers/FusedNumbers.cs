using System.Text.RegularExpressions;

namespace PerfEval.Extract.Numbers;

/// <summary>
/// Splits figures that a capture ran together with nothing between them ("64.864.864.8100%" for 64.8 | 64.8 | 64.8 |
/// 100%) into a given number of parts: each part a plain figure (no leading zero, at most two decimals, a percent sign
/// only on the last). Where several splits fit, those whose amounts share one precision are preferred, as the figures
/// of one row usually do; the caller is told whether the choice was unique.
/// </summary>
public static partial class FusedNumbers
{
    public static (IReadOnlyList<string> Parts, bool Unique)? Split(string text, int parts)
    {
        // A figure has at most MaxPartLength characters: longer runs are not fused figures, and the search stays small.
        if (parts < 2 || text.Length < parts || text.Length > parts * MaxPartLength || !Fused().IsMatch(text)) return null;
        var candidates = new List<List<string>>();
        Search(text, 0, parts, [], candidates);
        if (candidates.Count == 0) return null;
        var consistent = candidates.Where(SharePrecision).ToList();
        var pool = consistent.Count > 0 ? consistent : candidates;
        return (pool[0], pool.Count == 1);
    }

    private const int MaxPartLength = 16;

    private static void Search(string text, int at, int left, List<string> taken, List<List<string>> found)
    {
        if (found.Count > 64) return; // a pathological run: enough to know it is ambiguous
        if (left == 1)
        {
            var last = text[at..];
            if (Part().IsMatch(last)) found.Add([.. taken, last]);
            return;
        }
        for (var end = at + 1; end < text.Length && end - at <= MaxPartLength; end++)
        {
            var part = text[at..end];
            if (part.EndsWith('%') || !Part().IsMatch(part)) continue;
            taken.Add(part);
            Search(text, end, left - 1, taken, found);
            taken.RemoveAt(taken.Count - 1);
        }
    }

    private static bool SharePrecision(List<string> parts)
    {
        var amounts = parts.Where(p => !p.EndsWith('%')).Select(Decimals).Distinct().Count();
        return amounts <= 1;
    }

    private static int Decimals(string part)
    {
        var point = part.IndexOf('.');
        return point < 0 ? 0 : part.TrimEnd('%').Length - point - 1;
    }

    [GeneratedRegex(@"^[0-9.]+%?$")]
    private static partial Regex Fused();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.[0-9]{1,2})?%?$")]
    private static partial Regex Part();
}
