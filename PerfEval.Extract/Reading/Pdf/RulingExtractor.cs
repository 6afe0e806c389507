using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Finds the ruling lines of a page: straight horizontal or vertical segments of stroked paths, and thin filled
/// rectangles (how Skia, Word and many others draw borders). Collinear pieces that touch or overlap are merged.
/// </summary>
internal static class RulingExtractor
{
    /// <summary>A segment counts as straight when it leans less than this (points).</summary>
    private const double Lean = 1.0;

    /// <summary>A filled rectangle is a ruling when its thin side is at most this (points).</summary>
    private const double ThinFill = 3.0;

    /// <summary>Pieces shorter than this are dots or joints, not lines.</summary>
    private const double MinLength = 2.0;

    /// <summary>Collinear pieces closer than this join into one line.</summary>
    private const double JoinGap = 2.0;

    public static List<Ruling> Extract(IReadOnlyList<PdfPath> paths, PageFrame frame)
    {
        var raw = new List<Ruling>();
        foreach (var path in paths)
        {
            if (path.IsClipping) continue;
            if (!path.IsStroked && !path.IsFilled) continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled && !path.IsStroked)
                    AddFilled(subpath, frame, raw);
                else
                    AddStroked(subpath, frame, raw);
            }
        }
        return Merge(raw);
    }

    private static void AddStroked(PdfSubpath subpath, PageFrame frame, List<Ruling> into)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, frame, into);
                    start ??= line.From;
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is not null && current is not null:
                    AddSegment(current.Value, start.Value, frame, into);
                    current = start;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void AddFilled(PdfSubpath subpath, PageFrame frame, List<Ruling> into)
    {
        // Only straight-edged shapes: a curve means a glyph-like drawing, not a border.
        if (subpath.Commands.Any(c => c is PdfSubpath.BezierCurve)) return;
        var box = subpath.GetBoundingRectangle();
        if (box is null) return;
        var r = box.Value;
        var a = frame.ToReading(r.Left, r.Bottom);
        var b = frame.ToReading(r.Right, r.Top);
        double x0 = Math.Min(a.X, b.X), x1 = Math.Max(a.X, b.X), y0 = Math.Min(a.Y, b.Y), y1 = Math.Max(a.Y, b.Y);
        double w = x1 - x0, h = y1 - y0;
        if (h <= ThinFill && w >= MinLength && w > h) into.Add(new Ruling(true, (y0 + y1) / 2, x0, x1));
        else if (w <= ThinFill && h >= MinLength && h > w) into.Add(new Ruling(false, (x0 + x1) / 2, y0, y1));
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, PageFrame frame, List<Ruling> into)
    {
        var a = frame.ToReading(from.X, from.Y);
        var b = frame.ToReading(to.X, to.Y);
        double dx = Math.Abs(a.X - b.X), dy = Math.Abs(a.Y - b.Y);
        if (dy <= Lean && dx >= MinLength)
            into.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (dx <= Lean && dy >= MinLength)
            into.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    /// <summary>Merges collinear pieces (same position within the lean, gaps up to <see cref="JoinGap"/>).</summary>
    internal static List<Ruling> Merge(List<Ruling> raw)
    {
        var result = new List<Ruling>(raw.Count);
        foreach (var horizontal in new[] { true, false })
        {
            var group = raw.Where(r => r.Horizontal == horizontal).OrderBy(r => r.Position).ThenBy(r => r.Start).ToList();
            var i = 0;
            while (i < group.Count)
            {
                // Lines at (nearly) the same position form one band; merge along the band.
                var j = i;
                while (j + 1 < group.Count && group[j + 1].Position - group[j].Position <= Lean) j++;
                var band = group.GetRange(i, j - i + 1).OrderBy(r => r.Start).ToList();
                var position = band.Average(r => r.Position);
                var start = band[0].Start;
                var end = band[0].End;
                for (var k = 1; k < band.Count; k++)
                {
                    if (band[k].Start <= end + JoinGap)
                    {
                        end = Math.Max(end, band[k].End);
                        continue;
                    }
                    result.Add(new Ruling(horizontal, position, start, end));
                    start = band[k].Start;
                    end = band[k].End;
                }
                result.Add(new Ruling(horizontal, position, start, end));
                i = j + 1;
            }
        }
        return result;
    }
}
