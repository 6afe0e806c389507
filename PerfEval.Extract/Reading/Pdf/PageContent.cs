using UglyToad.PdfPig.Content;

namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// What the table builders need from one page: its glyphs and rulings in the reading frame, and the facts the
/// text-layer checks use (images, glyphs without usable Unicode). Built once per page; the PdfPig page is not kept.
/// </summary>
internal sealed class PageContent
{
    private PageContent(int number, PageFrame frame, List<Glyph> glyphs, List<Ruling> rulings, bool hasImages,
        int letterCount, int untrustedCount, int repairedCount)
    {
        Number = number;
        Frame = frame;
        Glyphs = glyphs;
        Rulings = rulings;
        HasImages = hasImages;
        LetterCount = letterCount;
        UntrustedCount = untrustedCount;
        RepairedCount = repairedCount;
    }

    /// <summary>Page number, counting from 1.</summary>
    public int Number { get; }
    public PageFrame Frame { get; }
    public List<Glyph> Glyphs { get; }
    public List<Ruling> Rulings { get; }
    public bool HasImages { get; }

    /// <summary>Letters drawn on the page that are not white space.</summary>
    public int LetterCount { get; }

    /// <summary>Letters whose Unicode value is missing, private-use or U+FFFD.</summary>
    public int UntrustedCount { get; }

    /// <summary>Letters mapped from a CJK radical code point to the ideograph it stands for.</summary>
    public int RepairedCount { get; }

    public static PageContent Load(Page page, IReadOnlyList<double>? area)
    {
        var letters = page.Letters;
        var turns = DominantTurns(letters);
        var frame = new PageFrame(page.Width, page.Height, page.Rotation.Value, turns);

        var glyphs = new List<Glyph>(letters.Count);
        int letterCount = 0, untrusted = 0, repaired = 0;
        foreach (var letter in letters)
        {
            var value = letter.Value;
            if (string.IsNullOrWhiteSpace(value) && value.Length > 0)
            {
                glyphs.Add(ToGlyph(letter, " ", frame));
                continue;
            }
            letterCount++;
            if (!IsTrusted(value))
            {
                untrusted++;
                continue;
            }
            var text = GlyphText.Normalize(value);
            if (!ReferenceEquals(text, value) && text != value) repaired++;
            glyphs.Add(ToGlyph(letter, text, frame));
        }

        var rulings = RulingExtractor.Extract(page.Paths, frame);

        if (area is { Count: 4 })
        {
            var (x0, y0, x1, y1) = frame.FromUserBox(area);
            glyphs.RemoveAll(g => g.CenterX < x0 || g.CenterX > x1 || g.CenterY < y0 || g.CenterY > y1);
            rulings = Clip(rulings, x0, y0, x1, y1);
        }

        var hasImages = letterCount == 0 && page.GetImages().Any();
        return new PageContent(page.Number, frame, glyphs, rulings, hasImages, letterCount, untrusted, repaired);
    }

    private static Glyph ToGlyph(Letter letter, string text, PageFrame frame)
    {
        var a = frame.ToReading(letter.StartBaseLine.X, letter.StartBaseLine.Y);
        var b = frame.ToReading(letter.EndBaseLine.X, letter.EndBaseLine.Y);
        var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
        var x0 = Math.Min(a.X, b.X);
        var x1 = Math.Max(a.X, b.X);
        if (x1 - x0 < 0.01) x1 = x0 + 0.5 * size; // zero-width advance (some Type 3 fonts): assume half an em
        var box = letter.BoundingBox;
        var inkTop = double.NegativeInfinity;
        foreach (var corner in new[] { box.TopLeft, box.TopRight, box.BottomLeft, box.BottomRight })
            inkTop = Math.Max(inkTop, frame.ToReading(corner.X, corner.Y).Y);
        // Outlines far off the line (broken font boxes) are not trusted.
        if (!double.IsFinite(inkTop) || inkTop < a.Y || inkTop > a.Y + 1.5 * size) inkTop = a.Y + 0.8 * size;
        return new Glyph(text, x0, x1, a.Y, size) { InkTop = inkTop };
    }

    /// <summary>Quarter turns that make most text run left to right.</summary>
    private static int DominantTurns(IReadOnlyList<Letter> letters)
    {
        Span<int> votes = stackalloc int[4];
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) continue;
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (Math.Abs(dx) < 1e-6 && Math.Abs(dy) < 1e-6) continue;
            if (Math.Abs(dx) >= Math.Abs(dy)) votes[dx > 0 ? 0 : 2]++;
            else votes[dy > 0 ? 1 : 3]++; // upward text needs a clockwise turn, downward one counter-clockwise
        }
        var best = 0;
        for (var i = 1; i < 4; i++) if (votes[i] > votes[best]) best = i;
        return best;
    }

    private static bool IsTrusted(string value)
    {
        if (value.Length == 0) return false;
        foreach (var ch in value)
        {
            if (ch == '\uFFFD' || ch == '\0') return false;
            if (ch >= '\uE000' && ch <= '\uF8FF') return false;
            if (char.IsControl(ch)) return false;
        }
        return true;
    }

    private static List<Ruling> Clip(List<Ruling> rulings, double x0, double y0, double x1, double y1)
    {
        const double slack = 2;
        var result = new List<Ruling>(rulings.Count);
        foreach (var r in rulings)
        {
            if (r.Horizontal)
            {
                if (r.Position < y0 - slack || r.Position > y1 + slack) continue;
                var s = Math.Max(r.Start, x0 - slack);
                var e = Math.Min(r.End, x1 + slack);
                if (e - s > slack) result.Add(r with { Start = s, End = e });
            }
            else
            {
                if (r.Position < x0 - slack || r.Position > x1 + slack) continue;
                var s = Math.Max(r.Start, y0 - slack);
                var e = Math.Min(r.End, y1 + slack);
                if (e - s > slack) result.Add(r with { Start = s, End = e });
            }
        }
        return result;
    }
}
