using System.Text;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Reading.Html;
using Xunit;

namespace PerfEval.Extract.Tests.Reading;

public sealed class HtmlReaderTests
{
    private static ReadDocument Read(string html) => Read(Encoding.UTF8.GetBytes(html));

    private static ReadDocument Read(byte[] bytes) => new HtmlReader().Read(bytes, ReaderOptions.Default);

    private static string Page(string body, string head = "") =>
        $"<!DOCTYPE html><html><head>{head}<title>t</title></head><body>{body}</body></html>";

    [Fact]
    public void Colspan_and_rowspan_block_is_placed_with_its_spans()
    {
        var grid = Assert.Single(Read(Page("""
            <table>
            <tr><td rowspan="2" colspan="2">A</td><td>B</td></tr>
            <tr><td>C</td></tr>
            <tr><td>D</td><td colspan="2">E</td></tr>
            </table>
            """)).Grids);

        Assert.Equal((3, 3), (grid.RowCount, grid.ColumnCount));
        var a = grid.At(1, 1)!;
        Assert.Equal((0, 0, 2, 2, "A"), (a.Row, a.Column, a.RowSpan, a.ColumnSpan, a.Text));
        Assert.Equal(new CellOrigin { Table = 1, SourceRow = 1, SourceColumn = 1 }, a.Origin);
        Assert.Equal(("C", 2, 2), (grid.At(1, 2)!.Text, grid.At(1, 2)!.Origin.SourceRow, grid.At(1, 2)!.Column));
        Assert.Equal(1, grid.At(1, 2)!.Origin.SourceColumn);
        Assert.Equal(("E", 1, 2), (grid.At(2, 2)!.Text, grid.At(2, 2)!.Column, grid.At(2, 2)!.ColumnSpan));
        Assert.Equal("table 1", grid.Origin);
    }

    [Fact]
    public void A_cell_skips_the_slots_an_earlier_rowspan_covers()
    {
        var grid = Assert.Single(Read(Page("""
            <table>
            <tr><td>a</td><td rowspan="3">b</td><td>c</td></tr>
            <tr><td>d</td><td>e</td></tr>
            <tr><td rowspan="0">f</td><td>g</td></tr>
            <tr><td></td></tr>
            </table>
            """)).Grids);

        Assert.Equal(("e", 2), (grid.At(1, 2)!.Text, grid.At(1, 2)!.Column));
        Assert.Equal(("g", 2), (grid.At(2, 2)!.Text, grid.At(2, 2)!.Column));
        // rowspan="0" runs to the end of the row group; the empty td of the last row is still a cell.
        Assert.Equal(2, grid.At(2, 0)!.RowSpan);
        var empty = grid.At(3, 1)!;
        Assert.True(empty.IsEmpty);
        Assert.Empty(empty.Paragraphs);
        Assert.Equal(new CellOrigin { Table = 1, SourceRow = 4, SourceColumn = 1 }, empty.Origin);
    }

    [Fact]
    public void Header_cells_paragraphs_and_line_breaks_are_kept()
    {
        var grid = Assert.Single(Read(Page("""
            <table><tr><th>主要任务</th><td><p>第一段  文字</p><p>第二段</p>第三&nbsp;段<br>第四段</td></tr></table>
            """)).Grids);

        Assert.Equal(["主要任务"], grid.At(0, 0)!.Paragraphs);
        Assert.Equal(["第一段 文字", "第二段", "第三 段", "第四段"], grid.At(0, 1)!.Paragraphs);
    }

    [Fact]
    public void A_nested_table_is_its_own_grid_and_its_text_stands_once_in_the_outer_cell()
    {
        var document = Read(Page("""
            <table>
            <tr><td>外<table><tr><td>x</td><td>y</td></tr><tr><td colspan="2">z</td></tr></table>后</td><td>o2</td></tr>
            <tr><td>r2</td><td>r2b</td></tr>
            </table>
            """));

        Assert.Equal(2, document.Grids.Count);
        var outer = document.Grids[0];
        Assert.Equal("table 1", outer.Origin);
        Assert.Equal((2, 2), (outer.RowCount, outer.ColumnCount));
        Assert.Equal(["外", "x", "y", "z", "后"], outer.At(0, 0)!.Paragraphs);
        Assert.Equal("o2", outer.At(0, 1)!.Text);

        var inner = document.Grids[1];
        Assert.Equal("table 2 (inside table 1, row 1, column 1)", inner.Origin);
        Assert.Equal((2, 2), (inner.RowCount, inner.ColumnCount));
        Assert.Equal(("z", 2), (inner.At(1, 1)!.Text, inner.At(1, 0)!.ColumnSpan));
        Assert.Equal(2, inner.At(0, 0)!.Origin.Table);
        Assert.Equal(["外"], inner.Preamble);
    }

    [Fact]
    public void A_data_table_inside_a_layout_table_takes_the_cell_text_above_it_as_preamble()
    {
        var document = Read(Page("""
            <table><tr><td><h3>部门整体支出绩效自评表</h3><p>单位：万元</p>
            <table><caption>表一</caption><tr><td>部门名称</td><td>妇联</td></tr></table></td></tr></table>
            """));

        var data = document.Grids[1];
        Assert.Equal(["部门整体支出绩效自评表", "单位：万元", "表一"], data.Preamble);
        Assert.Equal(["部门整体支出绩效自评表", "单位：万元", "部门名称", "妇联"], document.Grids[0].At(0, 0)!.Paragraphs);
    }

    [Fact]
    public void Several_tables_take_the_text_since_the_previous_table_as_preamble()
    {
        var document = Read(Page("""
            <h1>部门整体支出绩效自评表</h1><p class="unit">单位： 万元</p>
            <table><tr><td>一</td></tr></table>
            <div><h2>附表</h2><p>单位：元<br>说明</p></div>
            <table><tr><td>二</td></tr></table>
            <table><tr><td>三</td></tr></table>
            """));

        Assert.Equal(3, document.Grids.Count);
        Assert.Equal(["部门整体支出绩效自评表", "单位： 万元"], document.Grids[0].Preamble);
        Assert.Equal(["附表", "单位：元", "说明"], document.Grids[1].Preamble);
        Assert.Empty(document.Grids[2].Preamble);
        Assert.Equal(["table 1", "table 2", "table 3"], document.Grids.Select(g => g.Origin));
    }

    [Theory]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")]
    [InlineData("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=GBK\">")]
    public void A_gb2312_page_is_decoded_through_its_meta_charset(string meta)
    {
        var bytes = TextDecoding.Gb18030.GetBytes(Page("<p>单位：万元</p><table><tr><td>部门名称</td><td>广州市天河区妇女联合会</td></tr></table>", meta));

        var document = Read(bytes);

        Assert.Equal("gb18030", document.Encoding);
        var grid = Assert.Single(document.Grids);
        Assert.Equal("广州市天河区妇女联合会", grid.At(0, 1)!.Text);
        Assert.Equal(["单位：万元"], grid.Preamble);
    }

    [Fact]
    public void A_page_without_charset_in_gb18030_bytes_falls_back_from_utf8()
    {
        var bytes = TextDecoding.Gb18030.GetBytes(Page("<table><tr><td>预算完成率</td><td>100.0%</td></tr></table>"));

        var document = Read(bytes);

        Assert.Equal("gb18030", document.Encoding);
        Assert.Equal("预算完成率", document.Grids[0].At(0, 0)!.Text);
    }

    [Fact]
    public void A_page_declaring_utf8_with_gb_bytes_is_sniffed_and_noted()
    {
        var bytes = TextDecoding.Gb18030.GetBytes(Page("<table><tr><td>预算调整率</td></tr></table>", "<meta charset=\"utf-8\">"));

        var document = Read(bytes);

        Assert.Equal("预算调整率", document.Grids[0].At(0, 0)!.Text);
        Assert.Contains(document.Notes, n => n.Code == "charset-mismatch");
    }

    [Fact]
    public void A_page_without_a_table_is_refused_with_no_table()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Read(Page("<h1>部门整体支出绩效自评表</h1><p>见附件。</p>")));

        Assert.Equal(ErrorCodes.NoTable, error.Code);
        Assert.Equal("the page holds no <table>", error.Message);
    }

    [Fact]
    public void The_detector_and_registry_send_html_to_the_html_reader()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<table><tr><td>x</td></tr></table>"));
        Assert.IsType<HtmlReader>(DocumentReaders.For(FormatDetector.Detect(bytes, "a.html")));
    }
}
