using UglyToad.PdfPig.Core;

namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// The coordinate frames of one page. PdfPig reports positions in display space (the page as shown, after /Rotate,
/// origin bottom-left). The reading frame turns display space by quarter turns further so that the dominant text
/// runs left to right (tables printed sideways). Boxes in the output go back to user space: the unrotated page,
/// origin bottom-left, as PDF tools state areas.
/// </summary>
internal sealed class PageFrame
{
    private readonly double _displayWidth;
    private readonly double _displayHeight;
    private readonly int _pageRotation;   // 0, 90, 180, 270 (clockwise, as /Rotate)
    private readonly int _turns;          // extra clockwise quarter turns from display to reading frame

    public PageFrame(double displayWidth, double displayHeight, int pageRotation, int turns)
    {
        _displayWidth = displayWidth;
        _displayHeight = displayHeight;
        _pageRotation = ((pageRotation % 360) + 360) % 360;
        _turns = ((turns % 4) + 4) % 4;
        (Width, Height) = _turns % 2 == 0 ? (displayWidth, displayHeight) : (displayHeight, displayWidth);
    }

    /// <summary>Width of the page in the reading frame.</summary>
    public double Width { get; }

    /// <summary>Height of the page in the reading frame.</summary>
    public double Height { get; }

    public int Turns => _turns;

    /// <summary>Display space to reading frame.</summary>
    public PdfPoint ToReading(double x, double y)
    {
        double w = _displayWidth, h = _displayHeight;
        for (var i = 0; i < _turns; i++)
        {
            // One clockwise quarter turn of the view: (x, y) in a w×h box goes to (y, w − x) in an h×w box.
            (x, y) = (y, w - x);
            (w, h) = (h, w);
        }
        return new PdfPoint(x, y);
    }

    /// <summary>Reading frame to display space.</summary>
    public PdfPoint ToDisplay(double x, double y)
    {
        // Undo the turns: the inverse of (x, y) → (y, w − x) in a w×h box is (x', y') → (w − y', x').
        var sizes = new (double W, double H)[_turns + 1];
        sizes[0] = (_displayWidth, _displayHeight);
        for (var i = 1; i <= _turns; i++) sizes[i] = (sizes[i - 1].H, sizes[i - 1].W);
        for (var i = _turns; i > 0; i--)
        {
            var w = sizes[i - 1].W;
            (x, y) = (w - y, x);
        }
        return new PdfPoint(x, y);
    }

    /// <summary>Display space to user space (the unrotated page).</summary>
    public PdfPoint DisplayToUser(double x, double y)
    {
        // User page size: the display size before /Rotate.
        var (uw, uh) = _pageRotation is 90 or 270 ? (_displayHeight, _displayWidth) : (_displayWidth, _displayHeight);
        return _pageRotation switch
        {
            90 => new PdfPoint(uw - y, x),      // display = (uy, W − ux)
            180 => new PdfPoint(uw - x, uh - y), // display = (W − ux, H − uy)
            270 => new PdfPoint(y, uh - x),      // display = (H − uy, ux)
            _ => new PdfPoint(x, y),
        };
    }

    /// <summary>User space to display space.</summary>
    public PdfPoint UserToDisplay(double x, double y)
    {
        var (uw, uh) = _pageRotation is 90 or 270 ? (_displayHeight, _displayWidth) : (_displayWidth, _displayHeight);
        return _pageRotation switch
        {
            90 => new PdfPoint(y, uw - x),
            180 => new PdfPoint(uw - x, uh - y),
            270 => new PdfPoint(uh - y, x),
            _ => new PdfPoint(x, y),
        };
    }

    /// <summary>A reading-frame rectangle as a user-space box x0,y0,x1,y1, rounded to 0.01 pt.</summary>
    public IReadOnlyList<double> ToUserBox(double x0, double y0, double x1, double y1)
    {
        var a = ToDisplay(x0, y0);
        var b = ToDisplay(x1, y1);
        var ua = DisplayToUser(a.X, a.Y);
        var ub = DisplayToUser(b.X, b.Y);
        return
        [
            Math.Round(Math.Min(ua.X, ub.X), 2), Math.Round(Math.Min(ua.Y, ub.Y), 2),
            Math.Round(Math.Max(ua.X, ub.X), 2), Math.Round(Math.Max(ua.Y, ub.Y), 2),
        ];
    }

    /// <summary>A user-space area as a reading-frame rectangle (x0, y0, x1, y1).</summary>
    public (double X0, double Y0, double X1, double Y1) FromUserBox(IReadOnlyList<double> box)
    {
        var a = UserToDisplay(box[0], box[1]);
        var b = UserToDisplay(box[2], box[3]);
        var ra = ToReading(a.X, a.Y);
        var rb = ToReading(b.X, b.Y);
        return (Math.Min(ra.X, rb.X), Math.Min(ra.Y, rb.Y), Math.Max(ra.X, rb.X), Math.Max(ra.Y, rb.Y));
    }
}
