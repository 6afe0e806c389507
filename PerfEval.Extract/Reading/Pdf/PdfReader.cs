using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Reads the tables of a PDF. Ruled tables are rebuilt from their lines with merged cells kept (lattice); tables
/// drawn without lines are rebuilt from text alignment (stream). A table continued over pages becomes one grid.
/// Every cell records its page (counting from 1) and its box in user space (x0, y0, x1, y1; origin bottom-left of
/// the unrotated page). Grids come in document order, each with the text lines just above it as its preamble.
/// A PDF whose text cannot be trusted (a scan, glyphs without Unicode) is refused with a reason, never guessed at.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    /// <summary>Share of glyphs without usable Unicode above which the text layer is refused.</summary>
    private const double UntrustedShare = 0.5;

    /// <summary>Lines kept as a table's preamble, and how far above the table they may be (points).</summary>
    private const int PreambleLines = 4;
    private const double PreambleReach = 120;

    public DocumentFormat Format => DocumentFormat.Pdf;

    public ReadDocument Read(ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(ErrorCodes.Empty, "the file is empty");
        if (bytes.Length > options.MaxDocumentBytes)
            throw new UnreadableDocumentException(ErrorCodes.TooLarge,
                $"the PDF is {bytes.Length:N0} bytes, more than the limit of {options.MaxDocumentBytes:N0}");
        var mode = (options.PdfMode ?? "auto").Trim().ToLowerInvariant();
        if (mode is not ("auto" or "lattice" or "stream"))
            throw new ArgumentException($"unknown PDF mode '{options.PdfMode}' (lattice, stream or auto)", nameof(options));
        if (!HasEndMarker(bytes.Span))
            throw new UnreadableDocumentException(ErrorCodes.Truncated, "the PDF is truncated: it ends without %%EOF");

        var notes = new List<ReaderNote>();
        using var document = Open(bytes);
        var pageNumbers = SelectPages(document.NumberOfPages, options, notes);

        var contents = new List<PageContent>(pageNumbers.Count);
        foreach (var number in pageNumbers)
            contents.Add(LoadPage(document, number, options.PdfArea));

        CheckTextLayer(contents, notes);

        var pageTables = new List<PageTable>();
        foreach (var content in contents)
        {
            var found = FindTables(content, mode);
            foreach (var table in found) FillText(table);
            SetPreambles(content, found);
            pageTables.AddRange(found);
        }

        var grids = new List<Grid>();
        foreach (var joined in CrossPageJoiner.Join(pageTables))
        {
            grids.Add(GridBuilder.ToGrid(joined));
            var location = joined.FirstPage == joined.LastPage ? $"page {joined.FirstPage}" : $"pages {joined.FirstPage}–{joined.LastPage}";
            // A table joined over hundreds of pages would bury every other note: say the first few and count the rest.
            var said = joined.Notes.Count > 5 ? [.. joined.Notes.Take(3), $"… and {joined.Notes.Count - 3} more joins at page breaks"] : joined.Notes;
            notes.AddRange(said.Select(n => new ReaderNote("pdf-table-joined", n, location)));
        }
        return new ReadDocument(DocumentFormat.Pdf, grids) { Notes = notes };
    }

    private static bool HasEndMarker(ReadOnlySpan<byte> bytes)
    {
        var tail = bytes[Math.Max(0, bytes.Length - 2048)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static PdfDocument Open(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException(ErrorCodes.Encrypted, "the PDF is encrypted and cannot be opened without its password");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableDocumentException(ErrorCodes.Corrupt, $"the PDF is damaged and cannot be parsed ({Short(e)})");
        }
    }

    private static List<int> SelectPages(int pageCount, ReaderOptions options, List<ReaderNote> notes)
    {
        var wanted = Enumerable.Range(1, pageCount);
        if (options.Pages is { } pages)
        {
            var missing = pages.Where(p => p < 1 || p > pageCount).OrderBy(p => p).ToList();
            if (missing.Count > 0)
                notes.Add(new ReaderNote("pdf-page-missing",
                    $"asked for page(s) {string.Join(", ", missing)}, but the PDF has {pageCount} page(s)", "document"));
            wanted = wanted.Where(pages.Contains);
        }
        var list = wanted.ToList();
        var limit = Math.Max(0, options.MaxPdfPages);
        if (list.Count > limit)
        {
            notes.Add(new ReaderNote("pdf-pages-skipped",
                $"read {limit} of {list.Count} page(s); {list.Count - limit} page(s) after page {list[limit - 1 < 0 ? 0 : limit - 1]} were skipped (MaxPdfPages = {limit})",
                $"page {list[limit]}"));
            list = list.Take(limit).ToList();
        }
        return list;
    }

    private static PageContent LoadPage(PdfDocument document, int number, IReadOnlyList<double>? area)
    {
        try
        {
            var page = document.GetPage(number);
            return PageContent.Load(page, area);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException(ErrorCodes.Encrypted, "the PDF is encrypted and cannot be read without its password");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not UnreadableDocumentException)
        {
            throw new UnreadableDocumentException(ErrorCodes.Corrupt, $"page {number} of the PDF is damaged and cannot be read ({Short(e)})");
        }
    }

    private static void CheckTextLayer(List<PageContent> pages, List<ReaderNote> notes)
    {
        var letters = pages.Sum(p => p.LetterCount);
        if (letters == 0)
        {
            if (pages.Any(p => p.HasImages))
                throw new UnreadableDocumentException(ErrorCodes.NoTextLayer,
                    "no text layer: OCR needed (the pages are images, as a scanner writes them)");
            return;
        }
        var untrusted = pages.Sum(p => p.UntrustedCount);
        if (untrusted > UntrustedShare * letters)
            throw new UnreadableDocumentException(ErrorCodes.TextNotExtractable,
                $"the text cannot be extracted: {untrusted} of {letters} glyphs have no usable Unicode value (fonts without ToUnicode); OCR needed");
        foreach (var page in pages)
        {
            if (page.LetterCount == 0 && page.HasImages)
                notes.Add(new ReaderNote("pdf-no-text-layer", "the page is an image without text: OCR needed", $"page {page.Number}"));
            if (page.UntrustedCount > 0)
                notes.Add(new ReaderNote("pdf-untrusted-glyphs",
                    $"{page.UntrustedCount} glyph(s) without usable Unicode were left out", $"page {page.Number}"));
            if (page.RepairedCount > 0)
                notes.Add(new ReaderNote("pdf-radicals-mapped",
                    $"{page.RepairedCount} glyph(s) mapped from CJK radical code points to ideographs (e.g. ⻔ → 门)", $"page {page.Number}"));
        }
    }

    private static List<PageTable> FindTables(PageContent content, string mode)
    {
        var tables = mode == "stream" ? [] : LatticeBuilder.Build(content);
        if (mode == "lattice" || tables.Count > 0) return tables;
        return StreamBuilder.Build(content, content.Glyphs);
    }

    private static void FillText(PageTable table)
    {
        foreach (var cell in table.Cells)
        {
            if (table.Mode == "lattice") cell.Paragraphs = TextAssembler.Paragraphs(cell.Glyphs).ToList();
            cell.Box = table.Page.Frame.ToUserBox(cell.X0, cell.Y0, cell.X1, cell.Y1);
        }
    }

    /// <summary>The lines just above each table and below the table before it: title, 单位：万元.</summary>
    private static void SetPreambles(PageContent content, List<PageTable> tables)
    {
        if (tables.Count == 0) return;
        var free = content.Glyphs.Where(g => !tables.Any(t => Inside(t, g))).ToList();
        var lines = TextAssembler.Lines(free);
        foreach (var table in tables)
        {
            var ceiling = tables.Where(t => t != table && t.Bottom >= table.Top - 0.5 && Overlaps(t, table))
                .Select(t => t.Bottom).DefaultIfEmpty(double.PositiveInfinity).Min();
            var above = lines
                .Where(l => l.Bottom >= table.Top - 2 && l.Top <= ceiling && l.Baseline <= table.Top + PreambleReach)
                .Where(l => l.X1 >= table.Left - 20 && l.X0 <= table.Right + 20)
                .OrderBy(l => l.Baseline) // nearest first
                .Take(PreambleLines)
                .OrderByDescending(l => l.Baseline)
                .Select(TextAssembler.LineText)
                .Where(t => t.Length > 0)
                .ToList();
            table.Preamble = above;
        }
    }

    private static bool Inside(PageTable t, Glyph g) =>
        g.CenterX >= t.Left && g.CenterX <= t.Right && g.CenterY <= t.Top && g.CenterY >= t.Bottom;

    private static bool Overlaps(PageTable a, PageTable b) => a.Left < b.Right && b.Left < a.Right;

    private static string Short(Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        if (message.Length > 160) message = message[..160] + "…";
        return message.Length == 0 ? e.GetType().Name : message;
    }
}
