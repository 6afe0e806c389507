using System.Text;

namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Turns glyphs into text in reading order: lines grouped by baseline (top to bottom), glyphs left to right. Lines
/// of a cell join with nothing between CJK characters and a space between Latin words; a vertical gap clearly
/// larger than a line starts a new paragraph. Right-to-left text (Hebrew, Arabic), drawn left to right on the page,
/// is put back into logical order line by line.
/// </summary>
internal static class TextAssembler
{
    /// <summary>Glyphs whose baselines differ by less than this share a line (fraction of the font size).</summary>
    private const double BaselineTolerance = 0.4;

    /// <summary>A horizontal gap wider than this (fraction of the font size) is a space between words.</summary>
    private const double SpaceGap = 0.2;

    /// <summary>Between CJK characters, a gap must be wider than this (fraction of the size) to count as a space.</summary>
    private const double CjkSpaceGap = 0.8;

    /// <summary>Lines further apart than this (baseline to baseline, in line heights) belong to separate paragraphs.</summary>
    private const double ParagraphGap = 2.0;

    public static List<TextLine> Lines(IEnumerable<Glyph> glyphs)
    {
        var sorted = glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X0).ToList();
        var lines = new List<TextLine>();
        var current = new List<Glyph>();
        double baseline = 0, size = 0;
        foreach (var g in sorted)
        {
            if (current.Count > 0 && Math.Abs(g.Baseline - baseline) <= BaselineTolerance * Math.Max(size, g.Size))
            {
                current.Add(g);
                size = Math.Max(size, g.Size);
                continue;
            }
            Flush();
            current = [g];
            baseline = g.Baseline;
            size = g.Size;
        }
        Flush();
        return lines;

        void Flush()
        {
            if (current.Count == 0) return;
            current.Sort((a, b) => a.X0.CompareTo(b.X0));
            var kept = Deduplicate(current);
            if (kept.Any(k => !k.IsSpace)) lines.Add(new TextLine(kept));
        }
    }

    /// <summary>Drops the copies of a glyph drawn again at almost the same place (fake bold, shadows).</summary>
    private static List<Glyph> Deduplicate(List<Glyph> glyphs)
    {
        var result = new List<Glyph>(glyphs.Count);
        foreach (var g in glyphs)
        {
            var duplicate = false;
            for (var i = result.Count - 1; i >= 0 && i >= result.Count - 3; i--)
            {
                var p = result[i];
                // Overprinting shifts a copy by a fraction of the glyph; a real double letter ("ll") sits a full advance on.
                if (p.Text == g.Text && Math.Abs(p.X0 - g.X0) < 0.35 * Math.Max(p.Width, 0.1 * g.Size)
                    && Math.Abs(p.Baseline - g.Baseline) < 0.3 * g.Size)
                {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) result.Add(g);
        }
        return result;
    }

    /// <summary>The text of one line, with spaces where the gaps or space glyphs say so.</summary>
    public static string LineText(TextLine line) => Join(line.Glyphs);

    private static string Join(IReadOnlyList<Glyph> glyphs)
    {
        var builder = new StringBuilder(glyphs.Count + 8);
        Glyph? previous = null;
        var pendingSpace = false;
        foreach (var g in glyphs)
        {
            if (g.IsSpace)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (previous is { } p && builder.Length > 0)
            {
                var gap = g.X0 - p.X1;
                var cjk = GlyphText.IsCjk(p.Text[^1]) || GlyphText.IsCjk(g.Text[0]);
                var threshold = (cjk ? CjkSpaceGap : SpaceGap) * Math.Max(p.Size, g.Size);
                if (pendingSpace || gap > threshold) builder.Append(' ');
            }
            builder.Append(g.Text);
            previous = g;
            pendingSpace = false;
        }
        return GlyphText.ToLogicalOrder(builder.ToString());
    }

    /// <summary>Splits a line at gaps wider than <paramref name="gapFactor"/> × font size (and, when asked, at space glyphs).</summary>
    public static List<TextSegment> Segments(TextLine line, double gapFactor, bool splitAtSpaces)
    {
        var result = new List<TextSegment>();
        var run = new List<Glyph>();
        Glyph? previous = null;
        var sawSpace = false;
        foreach (var g in line.Glyphs)
        {
            if (g.IsSpace)
            {
                sawSpace = true;
                continue;
            }
            if (previous is { } p)
            {
                var gap = g.X0 - p.X1;
                if ((splitAtSpaces && sawSpace) || gap > gapFactor * Math.Max(p.Size, g.Size)) Flush();
            }
            // Keep a space glyph inside a phrase so that the text reads right.
            if (sawSpace && run.Count > 0) run.Add(g with { Text = " " });
            run.Add(g);
            previous = g;
            sawSpace = false;
        }
        Flush();
        return result;

        void Flush()
        {
            var visible = run.Where(r => !r.IsSpace).ToList();
            if (visible.Count > 0)
                result.Add(new TextSegment(Join(run), visible[0].X0, visible.Max(v => v.X1), line.Baseline, line.Size));
            run = [];
        }
    }

    /// <summary>The paragraphs of a cell: its lines joined in reading order.</summary>
    public static IReadOnlyList<string> Paragraphs(IEnumerable<Glyph> glyphs)
    {
        var lines = Lines(glyphs);
        if (lines.Count == 0) return [];
        var paragraphs = new List<string>();
        var builder = new StringBuilder();
        TextLine? previous = null;
        foreach (var line in lines)
        {
            var text = LineText(line);
            if (text.Length == 0) continue;
            if (previous is not null)
            {
                var distance = previous.Baseline - line.Baseline;
                if (distance > ParagraphGap * Math.Max(previous.Size, line.Size) * 1.2)
                {
                    paragraphs.Add(builder.ToString());
                    builder.Clear();
                }
                else if (builder.Length > 0 && NeedsSpace(builder[^1], text[0]))
                {
                    builder.Append(' ');
                }
            }
            builder.Append(text);
            previous = line;
        }
        if (builder.Length > 0) paragraphs.Add(builder.ToString());
        return paragraphs;
    }

    /// <summary>Joining two lines: no space when either side is CJK, none after a hyphen-less break into punctuation.</summary>
    internal static bool NeedsSpace(char last, char first) =>
        !(GlyphText.IsCjk(last) || GlyphText.IsCjk(first) || char.IsWhiteSpace(last) || char.IsWhiteSpace(first));
}
