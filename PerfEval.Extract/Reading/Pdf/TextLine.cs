namespace PerfEval.Extract.Reading.Pdf;

/// <summary>Glyphs sharing a baseline, left to right.</summary>
internal sealed class TextLine(List<Glyph> glyphs)
{
    public List<Glyph> Glyphs { get; } = glyphs;
    public double Baseline { get; } = glyphs.Average(g => g.Baseline);
    public double Size { get; } = glyphs.Max(g => g.Size);
    public double X0 => Glyphs[0].X0;
    public double X1 => Glyphs.Max(g => g.X1);
    public double Top => Baseline + 0.8 * Size;
    public double Bottom => Baseline - 0.2 * Size;
}

/// <summary>A run of a line's text between gaps: a word or a phrase, with its horizontal extent.</summary>
internal readonly record struct TextSegment(string Text, double X0, double X1, double Baseline, double Size)
{
    public double CenterX => (X0 + X1) / 2;
}
