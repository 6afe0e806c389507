using PerfEval.Extract.Reading;
using PerfEval.Extract.Reading.Pdf;
using PerfEval.Extract.Tests.Support;

namespace PerfEval.Extract.Tests.Reading.Pdf;

/// <summary>
/// The seed table as LibreOffice and Chromium print it: the PDF grid, joined over its page breaks, must be the text
/// dump's grid — same rows, and every non-empty text-dump cell anchored at the same position with the same text
/// (white space removed: PDF line wrapping changes spaces).
/// </summary>
public sealed class PdfSeedTests
{
    private static ReadDocument ReadPdf(string file, ReaderOptions? options = null) =>
        new PdfReader().Read(Fixtures.Bytes("seed", file), options ?? ReaderOptions.Default);

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [InlineData("seed-lo.pdf", 3)]
    [InlineData("seed-chromium.pdf", 3)]
    [InlineData("seed-multipage.pdf", 4)]
    public void The_joined_grid_is_the_text_dump_grid(string file, int pages)
    {
        var expected = new TextDumpReader().Read(Fixtures.Bytes("seed", "seed.txt"), ReaderOptions.Default).Grids.Single();
        var grid = Assert.Single(ReadPdf(file).Grids);

        Assert.Equal($"pages 1–{pages}", grid.Origin);
        Assert.Equal("lattice", grid.Mode);
        Assert.Equal(1, grid.Page);
        Assert.Equal(expected.RowCount, grid.RowCount);
        Assert.Equal(expected.ColumnCount, grid.ColumnCount);
        var mismatches = new List<string>();
        foreach (var cell in expected.Cells.Where(c => !c.IsEmpty))
        {
            var actual = grid.At(cell.Row, cell.Column);
            if (actual is null || actual.Row != cell.Row || actual.Column != cell.Column)
                mismatches.Add($"{cell.Name}: no cell anchored there (expected '{cell.Text}')");
            else if (Squeeze(actual.Text) != Squeeze(cell.Text))
                mismatches.Add($"{cell.Name}: '{actual.Text}' instead of '{cell.Text}'");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [InlineData("seed-lo.pdf")]
    [InlineData("seed-chromium.pdf")]
    [InlineData("seed-multipage.pdf")]
    public void The_title_and_unit_above_the_table_are_its_preamble(string file)
    {
        var grid = Assert.Single(ReadPdf(file).Grids);
        Assert.Equal(["部门整体支出绩效自评表", "单位：万元"], grid.Preamble.Select(Squeeze));
    }

    [Fact]
    public void Merged_cells_keep_their_spans_and_boxes_in_user_space()
    {
        var grid = Assert.Single(ReadPdf("seed-lo.pdf").Grids);
        var department = grid.At(0, 2)!;
        Assert.Equal("广州市天河区妇女联合会", department.Text);
        Assert.Equal(2, department.ColumnSpan);
        var funds = grid.At(1, 0)!;
        Assert.Equal("部门资金情况", funds.Text);
        Assert.Equal(4, funds.RowSpan);
        Assert.Equal(1, funds.Origin.Page);
        var box = funds.Origin.Box!;
        Assert.True(box[0] < box[2] && box[1] < box[3], string.Join(",", box));
        Assert.InRange(box[0], 30, 60);     // the left edge of an A4 table
        Assert.InRange(box[3], 600, 720);   // below the title, on the upper half of the page
    }

    [Fact]
    public void A_task_cell_split_by_a_page_break_is_one_cell_with_its_whole_text()
    {
        var expected = new TextDumpReader().Read(Fixtures.Bytes("seed", "seed.txt"), ReaderOptions.Default).Grids.Single();
        var grid = Assert.Single(ReadPdf("seed-lo.pdf").Grids);
        var task2 = expected.Cells.Single(c => c.Text == "任务2");
        var cell = grid.At(task2.Row, 0)!;
        Assert.Equal("任务2", cell.Text);
        Assert.Equal(4, cell.RowSpan); // four indicator rows, two on each side of the break
        Assert.Equal(1, cell.Origin.Page);
    }

    [Fact]
    public void Radicals_from_Skia_are_mapped_back_and_reported()
    {
        var document = ReadPdf("seed-chromium.pdf");
        var grid = Assert.Single(document.Grids);
        Assert.Equal("部门名称", grid.At(0, 0)!.Text);
        Assert.Contains(document.Notes, n => n.Code == "pdf-radicals-mapped");
    }

    [Fact]
    public void Max_pages_bounds_the_work_and_says_what_was_skipped()
    {
        var document = ReadPdf("seed-lo.pdf", ReaderOptions.Default with { MaxPdfPages = 1 });
        var grid = Assert.Single(document.Grids);
        Assert.Equal("page 1", grid.Origin);
        var note = Assert.Single(document.Notes, n => n.Code == "pdf-pages-skipped");
        Assert.Contains("2 page(s)", note.Message);
    }

    [Fact]
    public void Only_the_pages_asked_for_are_read()
    {
        var document = ReadPdf("seed-lo.pdf", ReaderOptions.Default with { Pages = new HashSet<int> { 3 } });
        var grid = Assert.Single(document.Grids);
        Assert.Equal("page 3", grid.Origin);
        Assert.Equal(3, grid.Page);
        Assert.Empty(grid.Preamble);
    }

    [Fact]
    public void A_scan_has_no_text_layer()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => new PdfReader().Read(Fixtures.Bytes("bad", "seed-scanned.pdf"), ReaderOptions.Default));
        Assert.Equal(ErrorCodes.NoTextLayer, e.Code);
        Assert.Contains("no text layer: OCR needed", e.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_with_a_reason()
    {
        var bytes = Fixtures.Bytes("seed", "seed-lo.pdf");
        var half = bytes[..(bytes.Length / 2)];
        var e = Assert.Throws<UnreadableDocumentException>(() => new PdfReader().Read(half, ReaderOptions.Default));
        Assert.Equal(ErrorCodes.Truncated, e.Code);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void The_pdf_reader_is_registered()
    {
        Assert.IsType<PdfReader>(DocumentReaders.For(PerfEval.Extract.Reading.DocumentFormat.Pdf));
        Assert.Equal(PerfEval.Extract.Reading.DocumentFormat.Pdf, FormatDetector.Detect(Fixtures.Bytes("seed", "seed-lo.pdf")));
    }
}
