using System.IO.Compression;
using System.Text;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Reading.Docx;
using Xunit;
using static PerfEval.Extract.Tests.Reading.OfficeDocuments;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Extract.Tests.Reading;

public sealed class DocxReaderTests
{
    private static ReadDocument Read(byte[] bytes, ReaderOptions? options = null) => new DocxReader().Read(bytes, options ?? ReaderOptions.Default);

    [Fact]
    public void A_vertical_merge_over_three_rows_is_one_cell_spanning_them()
    {
        var bytes = Docx(Tbl(3,
            Tr(Tc("部门资金情况", merge: "restart"), Tc("部门调整预算收入"), Tc("579.78")),
            Tr(Tc("", merge: "continue"), Tc("实际支出数"), Tc("579.77")),
            Tr(Tc("", merge: "continue"), Tc("预算完成率"), Tc("100.0%")),
            Tr(Tc("年度目标"), Tc("", span: 2))));

        var grid = Assert.Single(Read(bytes).Grids);

        Assert.Equal((4, 3), (grid.RowCount, grid.ColumnCount));
        var merged = grid.At(2, 0)!;
        Assert.Equal((0, 0, 3, 1, "部门资金情况"), (merged.Row, merged.Column, merged.RowSpan, merged.ColumnSpan, merged.Text));
        Assert.Equal(new CellOrigin { Table = 1, SourceRow = 1, SourceColumn = 1 }, merged.Origin);
        Assert.Equal(("100.0%", 3), (grid.At(2, 2)!.Text, grid.At(2, 2)!.Origin.SourceColumn));
        var empty = grid.At(3, 2)!;
        Assert.Equal((3, 1, 2, true), (empty.Row, empty.Column, empty.ColumnSpan, empty.IsEmpty));
        // 3 + 2 + 2 + 2: the continue cells are no cells of their own.
        Assert.Equal(9, grid.Cells.Count);
    }

    [Fact]
    public void Runs_join_into_paragraph_text_with_tabs_and_breaks_as_spaces()
    {
        var paragraph = new W.Paragraph(
            new W.Run(new W.Text("2021")), new W.Run(new W.Text("年")), new W.Run(new W.TabChar(), new W.Text("第一")),
            new W.Run(new W.Break(), new W.Text("项")));
        var bytes = Docx(Tbl(1, new W.TableRow(new W.TableCell(paragraph, P("第二段"), new W.Paragraph()))));

        var cell = Read(bytes).Grids[0].At(0, 0)!;

        Assert.Equal(["2021年 第一 项", "第二段"], cell.Paragraphs);
    }

    [Fact]
    public void A_nested_table_is_its_own_grid_and_stands_once_in_its_cell()
    {
        var inner = Tbl(2, Tr(Tc("x"), Tc("y")), Tr(Tc("z", span: 2)));
        var bytes = Docx(Tbl(2, Tr(Tc("外", more: [inner, P("后")]), Tc("o2"))));

        var document = Read(bytes);

        Assert.Equal(2, document.Grids.Count);
        Assert.Equal(["外", "x", "y", "z", "后"], document.Grids[0].At(0, 0)!.Paragraphs);
        Assert.Equal("table 2 (inside table 1, row 1, column 1)", document.Grids[1].Origin);
        Assert.Equal(("z", 2), (document.Grids[1].At(1, 1)!.Text, document.Grids[1].At(1, 0)!.ColumnSpan));
        Assert.Equal(["外"], document.Grids[1].Preamble);
    }

    [Fact]
    public void Several_tables_take_the_paragraphs_since_the_previous_table_as_preamble()
    {
        var bytes = Docx(
            P("部门整体支出绩效自评表"), P("单位：", "万元"),
            Tbl(1, Tr(Tc("一"))),
            P(""), P("附表"),
            Tbl(1, Tr(Tc("二"))),
            new W.Paragraph(),
            Tbl(1, Tr(Tc("三"))));

        var document = Read(bytes);

        Assert.Equal(3, document.Grids.Count);
        Assert.Equal(["部门整体支出绩效自评表", "单位：万元"], document.Grids[0].Preamble);
        Assert.Equal(["附表"], document.Grids[1].Preamble);
        Assert.Empty(document.Grids[2].Preamble);
        Assert.Equal(["一", "二", "三"], document.Grids.Select(g => g.Cells[0].Text));
    }

    [Fact]
    public void A_table_cut_by_a_page_break_is_read_as_one_and_its_merges_join()
    {
        var bytes = Docx(
            Tbl(2, Tr(Tc("任务1"), Tc("a")), Tr(Tc("任务2", merge: "restart"), Tc("b"))),
            PageBreak(),
            Tbl(2, Tr(Tc("", merge: "continue"), Tc("c")), Tr(Tc("任务3"), Tc("d"))));

        var grid = Assert.Single(Read(bytes).Grids);

        Assert.Equal((4, 2), (grid.RowCount, grid.ColumnCount));
        Assert.Equal(("任务2", 2), (grid.At(2, 0)!.Text, grid.At(2, 0)!.RowSpan));
        Assert.Equal(new CellOrigin { Table = 2, SourceRow = 2, SourceColumn = 1 }, grid.At(3, 0)!.Origin);
    }

    [Fact]
    public void A_document_without_a_table_is_refused_with_no_table()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Read(Docx(P("部门整体支出绩效自评表"), P("见附件。"))));

        Assert.Equal(ErrorCodes.NoTable, error.Code);
        Assert.Contains("no table", error.Message);
    }

    [Fact]
    public void A_broken_zip_is_refused_as_a_broken_archive()
    {
        var good = Docx(Tbl(1, Tr(Tc("x"))));
        var truncated = good[..(good.Length / 2)];

        var error = Assert.Throws<UnreadableDocumentException>(() => Read(truncated));

        Assert.Equal(ErrorCodes.BrokenArchive, error.Code);
        Assert.StartsWith("a broken DOCX archive", error.Message);
    }

    [Fact]
    public void A_zip_without_a_word_document_is_refused_without_a_stack_trace()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("hello.txt");

        var error = Assert.Throws<UnreadableDocumentException>(() => Read(stream.ToArray()));

        Assert.Equal(ErrorCodes.UnsupportedFormat, error.Code);
        Assert.Equal("a zip archive without a Word document part (word/document.xml), so not a DOCX", error.Message);
    }

    [Fact]
    public void Malformed_document_xml_is_refused_as_unreadable()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Read(RawDocx("<w:document><w:body><w:tbl>")));

        Assert.Equal(ErrorCodes.BrokenArchive, error.Code);
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Fact]
    public void A_document_inflating_past_the_limit_is_a_zip_bomb()
    {
        var text = new string('一', 100_000);
        var bytes = RawDocx(DocumentXml($"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"));

        var error = Assert.Throws<UnreadableDocumentException>(() => Read(bytes, new ReaderOptions { MaxInflatedBytes = 50_000 }));

        Assert.Equal(ErrorCodes.ZipBomb, error.Code);
        Assert.Contains("limit", error.Message);
    }

    [Fact]
    public void A_document_lying_about_its_size_is_caught_while_inflating()
    {
        var text = new string('一', 100_000);
        var bytes = LieAboutSize(RawDocx(DocumentXml($"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")), "word/document.xml", 1000);

        var error = Assert.Throws<UnreadableDocumentException>(() => Read(bytes, new ReaderOptions { MaxInflatedBytes = 50_000 }));

        Assert.True(error.Code == ErrorCodes.ZipBomb, error.Message);
        Assert.Contains("(the limit) although it declares", error.Message);
    }

    [Fact]
    public void A_part_inflating_past_its_declared_size_is_refused_even_under_the_limit()
    {
        var bytes = LieAboutSize(RawDocx(DocumentXml("<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>" + new string(' ', 5000))), "word/document.xml", 100);

        var error = Assert.Throws<UnreadableDocumentException>(() => Read(bytes));

        Assert.Equal(ErrorCodes.ZipBomb, error.Code);
        Assert.Contains("word/document.xml", error.Message);
        Assert.Contains("past its declared size", error.Message);
    }

    [Fact]
    public void A_part_with_a_huge_compression_ratio_is_a_zip_bomb_even_under_the_size_limit()
    {
        var filler = new StringBuilder(8 << 20).Append(' ', 8 << 20).ToString();
        var bytes = RawDocx(DocumentXml($"<w:p><w:r><w:t>{filler}</w:t></w:r></w:p>"), CompressionLevel.SmallestSize);
        Assert.True(bytes.Length < 100_000);

        var error = Assert.Throws<UnreadableDocumentException>(() => Read(bytes));

        Assert.Equal(ErrorCodes.ZipBomb, error.Code);
        Assert.Contains("compression ratio", error.Message);
    }
}
