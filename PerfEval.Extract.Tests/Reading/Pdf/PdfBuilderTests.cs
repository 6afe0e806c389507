using System.Text;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Reading.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PerfEval.Extract.Tests.Reading.Pdf;

/// <summary>Small PDFs drawn in the test with PdfPig's builder: each pins one behaviour of the reader.</summary>
public sealed class PdfBuilderTests
{
    private static ReadDocument Read(byte[] pdf, ReaderOptions? options = null) =>
        new PdfReader().Read(pdf, options ?? ReaderOptions.Default);

    /// <summary>
    /// A 3×3 ruled table at x 50/150/250/350, y 700/680/660/640: "Name" spans columns 1–2 of row 1, "Total" spans
    /// rows 1–2 of column 3, and the last cell holds two lines.
    /// </summary>
    private static void DrawSpanTable(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double dx = 0, double dy = 0)
    {
        void H(double y, double x0, double x1) => page.DrawLine(new PdfPoint(x0 + dx, y + dy), new PdfPoint(x1 + dx, y + dy), 0.5);
        void V(double x, double y0, double y1) => page.DrawLine(new PdfPoint(x + dx, y0 + dy), new PdfPoint(x + dx, y1 + dy), 0.5);
        void T(string text, double x, double y) => page.AddText(text, 9, new PdfPoint(x + dx, y + dy), font);
        H(700, 50, 350); H(680, 50, 250); H(660, 50, 350); H(640, 50, 350);
        V(50, 640, 700); V(150, 640, 680); V(250, 640, 700); V(350, 640, 700);
        T("Name", 55, 687); T("Total", 255, 677);
        T("A", 55, 667); T("B", 155, 667);
        T("x", 55, 647); T("y", 155, 647); T("Long", 255, 651); T("text", 255, 643);
    }

    private static byte[] SpanTablePdf(int rotation = 0)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        if (rotation != 0) page.SetRotation(new PageRotationDegrees(rotation));
        page.AddText("Table 1: spans", 12, new PdfPoint(50, 720), font);
        DrawSpanTable(page, font);
        return builder.Build();
    }

    private static void AssertSpanTable(Grid grid)
    {
        Assert.Equal(3, grid.RowCount);
        Assert.Equal(3, grid.ColumnCount);
        Assert.Equal(7, grid.Cells.Count);
        var name = grid.At(0, 1)!;
        Assert.Equal(("Name", 0, 0, 1, 2), (name.Text, name.Row, name.Column, name.RowSpan, name.ColumnSpan));
        var total = grid.At(1, 2)!;
        Assert.Equal(("Total", 0, 2, 2, 1), (total.Text, total.Row, total.Column, total.RowSpan, total.ColumnSpan));
        Assert.Equal("A", grid.At(1, 0)!.Text);
        Assert.Equal("B", grid.At(1, 1)!.Text);
        Assert.Equal("Long text", grid.At(2, 2)!.Text);
        Assert.Equal([250.0, 660.0, 350.0, 700.0], total.Origin.Box!.Select(v => Math.Round(v)));
        Assert.Equal(["Table 1: spans"], grid.Preamble);
    }

    [Fact]
    public void A_ruled_table_keeps_its_column_and_row_spans()
    {
        var grid = Assert.Single(Read(SpanTablePdf()).Grids);
        Assert.Equal("lattice", grid.Mode);
        Assert.Equal("page 1", grid.Origin);
        AssertSpanTable(grid);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void A_rotated_page_is_read_in_reading_order_with_boxes_in_user_space(int rotation)
    {
        var grid = Assert.Single(Read(SpanTablePdf(rotation)).Grids);
        AssertSpanTable(grid);
    }

    [Fact]
    public void A_table_without_lines_is_read_from_text_alignment()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        string[][] rows = [["Item", "Qty", "Price"], ["Apples", "3", "1.20"], ["Pears", "12", "0.80"], ["Dried plums", "1", "4.50"]];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < 3; c++)
                page.AddText(rows[r][c], 10, new PdfPoint(50 + 150 * c, 700 - 15 * r), font);

        var grid = Assert.Single(Read(page.PageNumber > 0 ? builder.Build() : []).Grids);
        Assert.Equal("stream", grid.Mode);
        Assert.Equal(4, grid.RowCount);
        Assert.Equal(3, grid.ColumnCount);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < 3; c++)
                Assert.Equal(rows[r][c], grid.At(r, c)?.Text);
    }

    [Fact]
    public void A_short_stray_line_touching_a_border_adds_no_row()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        foreach (var y in new[] { 700.0, 670, 640 }) page.DrawLine(new PdfPoint(50, y), new PdfPoint(350, y), 0.5);
        foreach (var x in new[] { 50.0, 150, 250, 350 }) page.DrawLine(new PdfPoint(x, 640), new PdfPoint(x, 700), 0.5);
        page.DrawLine(new PdfPoint(150, 685), new PdfPoint(170, 685), 0.5); // a tick off a border, a fifth of the cell wide
        string[] texts = ["a", "b", "c", "d", "e", "f"];
        for (var i = 0; i < 6; i++) page.AddText(texts[i], 9, new PdfPoint(60 + 100 * (i % 3), 690 - 30 * (i / 3)), font);

        var grid = Assert.Single(Read(builder.Build()).Grids);
        Assert.Equal((2, 3), (grid.RowCount, grid.ColumnCount));
        Assert.All(grid.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
        Assert.Equal("e", grid.At(1, 1)?.Text);
    }

    [Fact]
    public void Text_of_a_tight_row_that_touches_the_border_above_stays_in_its_row()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        foreach (var y in new[] { 700.0, 680, 668 }) page.DrawLine(new PdfPoint(50, y), new PdfPoint(250, y), 0.5);
        foreach (var x in new[] { 50.0, 150, 250 }) page.DrawLine(new PdfPoint(x, 668), new PdfPoint(x, 700), 0.5);
        page.AddText("Item", 12, new PdfPoint(55, 686), font);
        page.AddText("Amount", 12, new PdfPoint(155, 686), font);
        // The second row is lower than its 12-point text: the letters reach over the line above.
        page.AddText("Fish", 12, new PdfPoint(55, 673), font);
        page.AddText("25", 12, new PdfPoint(155, 673), font);

        var grid = Assert.Single(Read(builder.Build()).Grids);
        Assert.Equal((2, 2), (grid.RowCount, grid.ColumnCount));
        Assert.Equal("Item", grid.At(0, 0)?.Text);
        Assert.Equal("Fish", grid.At(1, 0)?.Text);
        Assert.Equal("25", grid.At(1, 1)?.Text);
    }

    [Fact]
    public void Two_tables_without_lines_separated_by_running_text_are_two_grids()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        void Row(double y, params (string Text, double X)[] cells)
        {
            foreach (var (text, x) in cells) page.AddText(text, 10, new PdfPoint(x, y), font);
        }
        Row(700, ("Item", 50), ("Qty", 200), ("Price", 350));
        Row(688, ("Apples", 50), ("3", 200), ("1.20", 350));
        Row(676, ("Long label that", 50));
        Row(664, ("wraps", 50), ("12", 200), ("0.80", 350));
        Row(652, ("Dried plums", 50), ("1", 200), ("4.50", 350));
        Row(640, ("Source: a footnote that runs across the whole width of the table above it.", 50));
        Row(618, ("Table 2. Staff by office", 50));
        Row(604, ("Office", 50), ("Staff", 150), ("Budget", 250), ("Share", 400));
        Row(592, ("North", 50), ("12", 150), ("300", 250), ("40%", 400));
        Row(580, ("South", 50), ("18", 150), ("450", 250), ("60%", 400));

        var grids = Read(builder.Build()).Grids;
        Assert.Equal(2, grids.Count);
        Assert.Equal((6, 3), (grids[0].RowCount, grids[0].ColumnCount));
        Assert.Equal("Item", grids[0].At(0, 0)?.Text);
        Assert.Equal("0.80", grids[0].At(3, 2)?.Text);
        Assert.StartsWith("Source:", grids[0].At(5, 0)?.Text);
        Assert.Equal((4, 4), (grids[1].RowCount, grids[1].ColumnCount));
        Assert.Equal("Table 2. Staff by office", grids[1].At(0, 0)?.Text);
        Assert.Equal("Share", grids[1].At(1, 3)?.Text);
        Assert.Equal("60%", grids[1].At(3, 3)?.Text);
    }

    [Fact]
    public void Lattice_mode_finds_nothing_on_a_page_without_lines()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        page.AddText("a", 10, new PdfPoint(50, 700), font);
        page.AddText("b", 10, new PdfPoint(200, 700), font);
        page.AddText("c", 10, new PdfPoint(50, 685), font);
        page.AddText("d", 10, new PdfPoint(200, 685), font);
        var pdf = builder.Build();
        Assert.Empty(Read(pdf, ReaderOptions.Default with { PdfMode = "lattice" }).Grids);
        Assert.Single(Read(pdf, ReaderOptions.Default with { PdfMode = "stream" }).Grids);
    }

    [Fact]
    public void Two_tables_on_a_page_come_in_reading_order_and_the_area_picks_one()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        DrawSpanTable(page, font);
        DrawSpanTable(page, font, dx: 0, dy: -300);
        var pdf = builder.Build();

        var both = Read(pdf).Grids;
        Assert.Equal(2, both.Count);
        Assert.True(both[0].Cells[0].Origin.Box![1] > both[1].Cells[0].Origin.Box![1]);

        var lower = Assert.Single(Read(pdf, ReaderOptions.Default with { PdfArea = [40, 330, 360, 410] }).Grids);
        Assert.Equal([250.0, 360.0, 350.0, 400.0], lower.At(0, 2)!.Origin.Box!.Select(v => Math.Round(v)));
    }

    [Fact]
    public void A_table_continued_on_the_next_page_is_one_grid_and_a_repeated_header_is_dropped()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        // Page 1: header + 2 rows; page 2 (top): the header again + 2 rows.
        foreach (var (first, top) in new[] { (1, 700.0), (3, 780.0) })
        {
            var page = builder.AddPage(612, 792);
            string[][] rows = [["Key", "Value"], [$"k{first}", $"v{first}"], [$"k{first + 1}", $"v{first + 1}"]];
            for (var r = 0; r <= rows.Length; r++) page.DrawLine(new PdfPoint(50, top - 20 * r), new PdfPoint(250, top - 20 * r), 0.5);
            foreach (var x in new[] { 50, 150, 250 }) page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, top - 20 * rows.Length), 0.5);
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < 2; c++)
                    page.AddText(rows[r][c], 9, new PdfPoint(55 + 100 * c, top - 20 * r - 14), font);
        }
        var grid = Assert.Single(Read(builder.Build()).Grids);
        Assert.Equal("pages 1–2", grid.Origin);
        Assert.Equal(5, grid.RowCount);
        Assert.Equal(["Key", "k1", "k2", "k3", "k4"], Enumerable.Range(0, 5).Select(r => grid.At(r, 0)!.Text));
        Assert.Equal(2, grid.At(4, 1)!.Origin.Page);
    }

    [Fact]
    public void A_row_split_by_a_page_break_is_merged_into_the_row_above()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page1 = builder.AddPage(612, 792);
        // Page 1: one row "Problems | first half"; page 2: the label cell empty, the text goes on.
        foreach (var y in new[] { 100.0, 60.0 }) page1.DrawLine(new PdfPoint(50, y), new PdfPoint(350, y), 0.5);
        foreach (var x in new[] { 50, 150, 350 }) page1.DrawLine(new PdfPoint(x, 100), new PdfPoint(x, 60), 0.5);
        page1.AddText("Problems", 9, new PdfPoint(55, 85), font);
        page1.AddText("first half of the", 9, new PdfPoint(155, 85), font);
        // The second line wraps full width: it ends at the cell's right edge, as a paragraph cut by a break does.
        const string wrapped = "text that runs on to the right edge";
        var width = page1.MeasureText(wrapped, 9, new PdfPoint(0, 0), font).Max(l => l.EndBaseLine.X);
        page1.AddText(wrapped, 9, new PdfPoint(347 - width, 72), font);
        var page2 = builder.AddPage(612, 792);
        foreach (var y in new[] { 780.0, 740.0, 720.0 }) page2.DrawLine(new PdfPoint(50, y), new PdfPoint(350, y), 0.5);
        foreach (var x in new[] { 50, 150, 350 }) page2.DrawLine(new PdfPoint(x, 780), new PdfPoint(x, 720), 0.5);
        page2.AddText("goes on here", 9, new PdfPoint(155, 765), font);
        page2.AddText("Plans", 9, new PdfPoint(55, 727), font);
        page2.AddText("more", 9, new PdfPoint(155, 727), font);

        var document = Read(builder.Build());
        var grid = Assert.Single(document.Grids);
        Assert.Equal(2, grid.RowCount);
        var text = grid.At(0, 1)!;
        Assert.Equal("first half of the text that runs on to the right edge goes on here", text.Text);
        Assert.Equal(1, text.RowSpan);
        Assert.Equal("Problems", grid.At(0, 0)!.Text);
        Assert.Equal("Plans", grid.At(1, 0)!.Text);
        Assert.Contains(document.Notes, n => n.Code == "pdf-table-joined");
    }

    [Fact]
    public void Glyphs_without_unicode_for_most_letters_are_not_extractable()
    {
        // A PDF whose text is drawn with a font mapping every code to a private-use character.
        var pdf = HandWrittenPdf.WithText("(ABCDEFGH) Tj", toUnicodePrivateUse: true);
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(pdf));
        Assert.Equal(ErrorCodes.TextNotExtractable, e.Code);
    }

    [Fact]
    public void Right_to_left_text_comes_out_in_logical_order_with_numbers_left_to_right()
    {
        // Codes A–C draw Hebrew alef, bet, gimel; D, E, H draw 2, 0 and '.'; F and G draw brackets. Each row shows, left
        // to right on the page, a number and a Hebrew label; the second label is "(ב) 20.2 גבא" read left to right.
        var map = new Dictionary<char, char>
        {
            ['A'] = '\u05D0', ['B'] = '\u05D1', ['C'] = '\u05D2', ['D'] = '2', ['E'] = '0', ['F'] = '(', ['G'] = ')', ['H'] = '.',
        };
        const string content =
            "BT /F1 10 Tf 50 700 Td (DEHD) Tj ET BT /F1 10 Tf 300 700 Td (CBA) Tj ET " +
            "BT /F1 10 Tf 50 685 Td (EHD) Tj ET BT /F1 10 Tf 300 685 Td [(FBG) -600 (DEHD) -600 (CBA)] TJ ET";
        var pdf = HandWrittenPdf.WithMappedText(content, map);

        var grid = Assert.Single(Read(pdf, ReaderOptions.Default with { PdfMode = "stream" }).Grids);
        Assert.Equal("20.2", grid.At(0, 0)?.Text);
        Assert.Equal("\u05D0\u05D1\u05D2", grid.At(0, 1)?.Text);
        Assert.Equal("0.2", grid.At(1, 0)?.Text);
        Assert.Equal("\u05D0\u05D1\u05D2 20.2 (\u05D1)", grid.At(1, 1)?.Text);
    }

    [Fact]
    public void An_encrypted_pdf_without_its_password_is_refused()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(HandWrittenPdf.Encrypted()));
        Assert.Equal(ErrorCodes.Encrypted, e.Code);
    }

    [Fact]
    public void Garbage_with_a_pdf_header_is_corrupt_not_a_stack_trace()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 500) + "\n%%EOF\n");
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(bytes));
        Assert.Equal(ErrorCodes.Corrupt, e.Code);
        Assert.DoesNotContain("   at ", e.Message);
    }
}
