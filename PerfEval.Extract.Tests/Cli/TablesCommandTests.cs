using System.Text.Json;
using PerfEval.Cli.Commands;
using PerfEval.Extract.Tests.Support;

namespace PerfEval.Extract.Tests.Cli;

/// <summary>`perfeval tables` as a user meets it, through <see cref="TablesCommand.Run"/>.</summary>
public sealed class TablesCommandTests
{
    private static (int Code, string Out, string Err) Tables(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TablesCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_pdf_page_gives_its_table_as_json()
    {
        var (code, output, _) = Tables(Fixtures.Path("seed", "seed-lo.pdf"), "--pages", "1", "--mode", "lattice");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var table = json.RootElement.EnumerateArray().Single();
        Assert.Equal(1, table.GetProperty("page").GetInt32());
        Assert.Equal("部门名称", table.GetProperty("rows")[0][0].GetString());
    }

    [Fact]
    public void A_text_dump_gives_csv()
    {
        var (code, output, _) = Tables(Fixtures.Path("seed", "seed.txt"), "--format", "csv");
        Assert.Equal(0, code);
        Assert.StartsWith("部门名称,,广州市天河区妇女联合会,,被评价年度,2021年\r\n", output);
    }

    [Theory]
    [InlineData("--mode", "grid")]
    [InlineData("--format", "xml")]
    [InlineData("--pages", "0")]
    [InlineData("--pages", "3-1")]
    [InlineData("--area", "1,2,3")]
    [InlineData("--bogus")]
    public void Usage_errors_exit_2_with_one_line(params string[] options)
    {
        var (code, output, error) = Tables([Fixtures.Path("seed", "seed-lo.pdf"), .. options]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("perfeval: tables: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void No_file_is_a_usage_error()
    {
        Assert.Equal(2, Tables().Code);
    }

    [Fact]
    public void An_unreadable_file_exits_3_with_one_line_naming_it()
    {
        var scan = Fixtures.Path("bad", "seed-scanned.pdf");
        var (code, _, error) = Tables(scan);
        Assert.Equal(3, code);
        Assert.Equal($"perfeval: {scan}: no text layer: OCR needed (the pages are images, as a scanner writes them)\n", error.ReplaceLineEndings("\n"));

        var missing = Path.Combine(Path.GetTempPath(), "perfeval-no-such-file.pdf");
        var (code2, _, error2) = Tables(missing);
        Assert.Equal(3, code2);
        Assert.StartsWith($"perfeval: {missing}: ", error2);
        Assert.DoesNotContain("   at ", error2);
    }

    [Fact]
    public void Pages_and_area_choose_what_is_read()
    {
        var (code, output, _) = Tables(Fixtures.Path("seed", "seed-lo.pdf"), "--pages", "2-3", "--format", "json");
        Assert.Equal(0, code);
        using (var json = JsonDocument.Parse(output))
            Assert.Equal(2, json.RootElement.EnumerateArray().Single().GetProperty("page").GetInt32());

        // An area away from the table (the top margin, corners in any order) finds no table.
        var (code2, output2, _) = Tables(Fixtures.Path("seed", "seed-lo.pdf"), "--pages", "1", "--area", "595,841,0,800");
        Assert.Equal(0, code2);
        Assert.Equal("[]", output2.Trim());
    }

    [Fact]
    public void Help_exits_0()
    {
        var (code, output, _) = Tables("--help");
        Assert.Equal(0, code);
        Assert.Contains("perfeval tables FILE", output);
    }
}
