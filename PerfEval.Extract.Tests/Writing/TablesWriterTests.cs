using System.Text.Json;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Writing;

namespace PerfEval.Extract.Tests.Writing;

public sealed class TablesWriterTests
{
    private static Grid Sample() => new(2, 3,
        [
            new GridCell(0, 0, 1, 2, ["Name"], new CellOrigin { Page = 2, Box = [50, 680, 250, 700] }),
            new GridCell(0, 2, 2, 1, ["a,b", "\"q\""], new CellOrigin { Page = 2 }),
            new GridCell(1, 0, 1, 1, ["x"], new CellOrigin { Page = 2, Box = [50, 660, 150, 680] }),
        ], ["Title"], "page 2") { Mode = "lattice", Page = 2 };

    [Fact]
    public void Json_has_rows_with_merged_text_top_left_and_cells_counting_from_1()
    {
        using var json = JsonDocument.Parse(TablesWriter.ToJson([Sample()]));
        var table = json.RootElement.EnumerateArray().Single();
        Assert.Equal(2, table.GetProperty("page").GetInt32());
        Assert.Equal("lattice", table.GetProperty("mode").GetString());
        Assert.Equal("Title", table.GetProperty("preamble")[0].GetString());
        var rows = table.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()).ToArray()).ToArray();
        Assert.Equal(new[] { "Name", "", "a,b\n\"q\"" }, rows[0]);
        Assert.Equal(new[] { "x", "", "" }, rows[1]);
        var cells = table.GetProperty("cells").EnumerateArray().ToArray();
        Assert.Equal(3, cells.Length);
        Assert.Equal((1, 1, 1, 2), (cells[0].GetProperty("row").GetInt32(), cells[0].GetProperty("col").GetInt32(),
            cells[0].GetProperty("rowSpan").GetInt32(), cells[0].GetProperty("colSpan").GetInt32()));
        Assert.Equal([50.0, 680, 250, 700], cells[0].GetProperty("box").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(3, cells[1].GetProperty("col").GetInt32());
        Assert.False(cells[1].TryGetProperty("box", out _)); // unknown box: omitted
    }

    [Fact]
    public void Json_keeps_cjk_readable()
    {
        var grid = new Grid(1, 1, [new GridCell(0, 0, 1, 1, ["单位：万元"], new CellOrigin())], [], "text dump");
        var text = TablesWriter.ToJson([grid], "text");
        Assert.Contains("单位：万元", text);
        Assert.Contains("\"page\": null", text);
        Assert.Contains("\"mode\": \"text\"", text);
    }

    [Fact]
    public void Csv_quotes_per_rfc_4180_and_separates_tables_by_one_blank_line()
    {
        var writer = new StringWriter();
        TablesWriter.WriteCsv(writer, [Sample(), Sample()]);
        const string one = "Name,,\"a,b\n\"\"q\"\"\"\r\nx,,\r\n";
        Assert.Equal(one + "\r\n" + one, writer.ToString());
    }
}
