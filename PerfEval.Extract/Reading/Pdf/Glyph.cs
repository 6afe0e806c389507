namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// One visible character in the reading frame of its page (x to the right, y up, text running left to right).
/// <see cref="X0"/>–<see cref="X1"/> is the advance along the baseline; the vertical extent is estimated from the
/// font size, which is steadier than glyph outlines (Type 3 fonts often carry odd bounding boxes).
/// </summary>
internal readonly record struct Glyph(string Text, double X0, double X1, double Baseline, double Size)
{
    /// <summary>Top of the glyph's drawn outline, where the font tells it; the estimate from the size otherwise.</summary>
    public double InkTop { get; init; } = Baseline + 0.8 * Size;

    public double Bottom => Baseline - 0.2 * Size;
    public double Top => Baseline + 0.8 * Size;
    public double CenterX => (X0 + X1) / 2;
    public double CenterY => Baseline + 0.3 * Size;
    public double Width => X1 - X0;
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
}
