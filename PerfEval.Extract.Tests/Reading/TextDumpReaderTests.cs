using System.Text;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Tests.Reading;

public sealed class TextDumpReaderTests
{
    private static Grid Read(string text) => new TextDumpReader().Read(Encoding.UTF8.GetBytes(text), ReaderOptions.Default).Grids.Single();

    [Fact]
    public void Lines_before_the_table_are_the_preamble_and_blank_lines_do_not_end_it()
    {
        var grid = Read("\n标题\n\n单位：万元\na\tb\n\n\tc\n");
        Assert.Equal(["标题", "单位：万元"], grid.Preamble);
        Assert.Equal(2, grid.RowCount);
        Assert.Equal("c", grid.At(1, 1)!.Text);
        Assert.Null(grid.At(1, 0));
    }

    [Fact]
    public void Cells_know_their_line_and_field_counting_from_1()
    {
        var grid = Read("title\nx\ty\n");
        var y = grid.At(0, 1)!;
        Assert.Equal(2, y.Origin.Line);
        Assert.Equal(2, y.Origin.Field);
        Assert.Equal("line 2, field 2", y.Origin.Describe());
        Assert.Equal("R1C2", y.Name);
    }

    [Fact]
    public void Html_in_cells_becomes_paragraphs()
    {
        var grid = Read("a\t<p>第一段&nbsp;文字</p><p>第二&amp;段<br>换行</p>  \n");
        Assert.Equal(["第一段 文字", "第二&段", "换行"], grid.At(0, 1)!.Paragraphs);
    }

    [Theory]
    [InlineData("a\tb\r\nc\td\r\n")]
    [InlineData("a\tb\nc\td\n")]
    [InlineData("a\tb\rc\td")]
    public void Any_line_ending(string text)
    {
        var grid = Read(text);
        Assert.Equal(2, grid.RowCount);
        Assert.Equal("d", grid.At(1, 1)!.Text);
    }
}
