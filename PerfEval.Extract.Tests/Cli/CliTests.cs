using PerfEval.Extract.Tests.Support;

namespace PerfEval.Extract.Tests.Cli;

/// <summary>The perfeval command as a user meets it: output, one-line errors, exit codes.</summary>
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Perfeval(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PerfEval.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Extract_without_a_file_runs_on_the_bundled_sample()
    {
        var (code, output, _) = Perfeval("extract");
        Assert.Equal(0, code);
        Assert.Contains("\"广州市天河区妇女联合会\"", output);
        Assert.Contains("\"findings\": []", output);
    }

    [Fact]
    public void Check_on_the_seed_reports_no_error()
    {
        var (code, output, _) = Perfeval("check", Fixtures.Path("seed", "seed.txt"));
        Assert.Equal(0, code);
        Assert.Contains("seed.txt: ok — 0 error(s)", output);
    }

    [Fact]
    public void Check_exits_1_on_an_error_finding()
    {
        var (code, output, _) = Perfeval("check", Fixtures.Path("bad", "seed-truncated.txt"));
        Assert.Equal(1, code);
        Assert.Contains("error document.truncated", output);
    }

    [Fact]
    public void Unreadable_input_is_one_line_naming_the_file_and_exit_3()
    {
        var path = Fixtures.Path("bad", "image-renamed.txt");
        var (code, _, error) = Perfeval("extract", path);
        Assert.Equal(3, code);
        Assert.Equal($"perfeval: {path}: a PNG image, not a table document (a scan needs OCR first)\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var (code, _, error) = Perfeval("check", "no-such-file.txt");
        Assert.Equal(3, code);
        Assert.Contains("perfeval: no-such-file.txt: no such file", error);
    }

    [Fact]
    public void A_batch_goes_on_past_a_bad_document_and_writes_ndjson()
    {
        var (code, output, error) = Perfeval("extract", Fixtures.Path("bad", "empty.txt"), Fixtures.Path("seed", "seed.txt"));
        Assert.Equal(3, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"error\":{\"code\":\"empty\"", lines[0]);
        Assert.Contains("\"department\":", lines[1]);
        Assert.Contains("empty.txt: the file is empty", error);
    }

    [Fact]
    public void Extract_to_a_folder_writes_one_json_per_document()
    {
        var folder = Directory.CreateTempSubdirectory("perfeval-test").FullName;
        try
        {
            var (code, _, _) = Perfeval("extract", Fixtures.Path("seed", "seed.txt"), Fixtures.Path("bad", "garbage.txt"), "-o", folder);
            Assert.Equal(3, code);
            Assert.Equal(["seed.txt.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
            Assert.Equal(Fixtures.Text("seed", "seed.expected.json").TrimEnd('\n'), File.ReadAllText(Path.Combine(folder, "seed.txt.json")).TrimEnd('\n'));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("extract", "--bogus")]
    [InlineData("extract", "-o")]
    [InlineData("extract", "-o", "")]
    [InlineData("check", "--bogus")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, _, error) = Perfeval(args);
        Assert.Equal(2, code);
        Assert.Contains("--help", error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    [InlineData("check", "--help")]
    public void Help_explains_usage_and_exit_codes(params string[] args)
    {
        var (code, output, _) = Perfeval(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage", output);
        Assert.Contains("Exit codes", output);
    }

    [Fact]
    public void The_same_table_in_two_formats_writes_two_files_not_one()
    {
        var folder = Directory.CreateTempSubdirectory("perfeval-test").FullName;
        try
        {
            var (code, _, _) = Perfeval("extract", Fixtures.Path("seed", "seed.txt"), Fixtures.Path("seed", "seed.html"), "-o", folder);
            Assert.Equal(0, code);
            Assert.Equal(["seed.html.json", "seed.txt.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_device_without_a_length_is_refused_at_the_limit_not_read_for_ever()
    {
        if (!File.Exists("/dev/zero")) return; // a machine without it has nothing to test here
        var (code, _, error) = Perfeval("check", "/dev/zero");
        Assert.Equal(3, code);
        Assert.Contains("more than the limit", error);
    }
}
