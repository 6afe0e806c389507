using System.Text.RegularExpressions;

namespace PerfEval.Extract.Numbers;

/// <summary>
/// Splits figures that a capture ran together with nothing between them ("64.864.864.8100%" for 64.8 | 64.8 | 64.8 |
/// 100%) into a given number of parts: each part a plain figure (no leading zero, at most two decimals, a percent sign
/// only on the last). Where several splits fit, those whose amounts share one precision are preferred, as the figures
/// of one row usually do; the caller is told whether the choice was unique. The work is bounded: at most
/// <see cref="MaxParts"/> parts of at most 16 characters, and only splits that can still complete are explored.
/// </summary>
public static partial class FusedNumbers
{
    public const int MaxParts = 8;
    private const int MaxPartLength = 16;
    private const int MaxCandidates = 64;

    public static (IReadOnlyList<string> Parts, bool Unique)? Split(string text, int parts)
    {
        if (parts < 2 || parts > MaxParts || text.Length < parts || text.Length > parts * MaxPartLength || !Fused().IsMatch(text)) return null;
        // completes[at, left]: the text from 'at' can be cut into 'left' valid parts (the last may carry %).
        var completes = new bool[text.Length + 1, parts + 1];
        for (var at = text.Length - 1; at >= 0; at--)
        {
            completes[at, 1] = at + MaxPartLength >= text.Length && Part().IsMatch(text[at..]);
            for (var left = 2; left <= parts; left++)
                for (var end = at + 1; end < text.Length && end - at <= MaxPartLength && !completes[at, left]; end++)
                    completes[at, left] = completes[end, left - 1] && !text[at..end].EndsWith('%') && Part().IsMatch(text[at..end]);
        }
        if (!completes[0, parts]) return null;
        var candidates = new List<List<string>>();
        Collect(text, 0, parts, [], candidates, completes);
        var consistent = candidates.Where(SharePrecision).ToList();
        var pool = consistent.Count > 0 ? consistent : candidates;
        return (pool[0], pool.Count == 1);
    }

    private static void Collect(string text, int at, int left, List<string> taken, List<List<string>> found, bool[,] completes)
    {
        if (found.Count >= MaxCandidates) return;
        if (left == 1)
        {
            found.Add([.. taken, text[at..]]);
            return;
        }
        for (var end = at + 1; end < text.Length && end - at <= MaxPartLength; end++)
        {
            var part = text[at..end];
            if (!completes[end, left - 1] || part.EndsWith('%') || !Part().IsMatch(part)) continue;
            taken.Add(part);
            Collect(text, end, left - 1, taken, found, completes);
            taken.RemoveAt(taken.Count - 1);
        }
    }

    private static bool SharePrecision(List<string> parts) => parts.Where(p => !p.EndsWith('%')).Select(Decimals).Distinct().Count() <= 1;

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
