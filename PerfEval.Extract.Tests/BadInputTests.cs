using System.Text;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Tests.Support;
using PerfEval.Extract.Writing;

namespace PerfEval.Extract.Tests;

/// <summary>Documents that cannot be used give a failure with a stable code and a plain reason; nothing throws.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("empty.txt", ErrorCodes.Empty, "empty")]
    [InlineData("garbage.txt", ErrorCodes.Binary, "binary")]
    [InlineData("image-renamed.txt", ErrorCodes.Binary, "PNG image")]
    [InlineData("other-table.txt", ErrorCodes.NotASelfEvaluationTable, "not a self-evaluation table")]
    public void Unusable_documents_fail_with_a_reason(string file, string code, string reasonPart)
    {
        var failure = Run.Failure(Fixtures.Bytes("bad", file), file);
        Assert.Equal(code, failure.Code);
        Assert.Contains(reasonPart, failure.Message);
        Assert.Equal(file, failure.File);
        Assert.DoesNotContain("\n", failure.ToString());
        Assert.DoesNotContain("   at ", failure.ToString());
    }

    [Fact]
    public void White_space_only_is_empty()
    {
        Assert.Equal(ErrorCodes.Empty, Run.Failure(Encoding.UTF8.GetBytes(" \r\n\t\n"), "blank.txt").Code);
    }

    [Fact]
    public void Prose_without_a_table_has_no_table()
    {
        Assert.Equal(ErrorCodes.NoTable, Run.Failure(Encoding.UTF8.GetBytes("部门整体支出绩效自评表\n这里没有表格。\n"), "prose.txt").Code);
    }

    [Fact]
    public void Legacy_office_binaries_are_named()
    {
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 };
        var failure = Run.Failure(ole, "old.doc");
        Assert.Equal(ErrorCodes.UnsupportedFormat, failure.Code);
        Assert.Contains(".doc", failure.Message);
    }

    [Fact]
    public void A_truncated_table_keeps_what_it_holds_and_says_it_is_cut()
    {
        var outcome = Run.Extract(Fixtures.Bytes("bad", "seed-truncated.txt"), "seed-truncated.txt");
        var result = outcome.Result!;
        Assert.True(result.Truncated);
        Assert.Equal(3, result.Department!.Tasks.Count);
        Assert.Equal(579.78m, result.Department.Funds.AdjustedBudget!.Value);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("document.truncated", finding.Rule);
        Assert.Contains("任务3", finding.Message);
    }

    [Fact]
    public void The_seed_in_gb18030_reads_as_the_utf8_seed()
    {
        var gb = Run.Extract(Fixtures.Bytes("seed", "seed-gb18030.txt"), "seed.txt").Result!;
        var utf8 = Run.Extract(Fixtures.Bytes("seed", "seed.txt"), "seed.txt").Result!;
        Assert.Equal("gb18030", gb.Source.Encoding);
        JsonCompare.AssertEqual(JsonOutput.Serialize(utf8), JsonOutput.Serialize(gb), ["sha256", "bytes", "encoding"]);
    }

    [Fact]
    public void Utf8_with_bom_and_crlf_reads_the_same()
    {
        var text = Fixtures.Text("seed", "seed.txt").Replace("\n", "\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var withBom = Run.Extract(bytes, "seed.txt").Result!;
        var plain = Run.Extract(Fixtures.Bytes("seed", "seed.txt"), "seed.txt").Result!;
        Assert.Equal("utf-8-bom", withBom.Source.Encoding);
        JsonCompare.AssertEqual(JsonOutput.Serialize(plain), JsonOutput.Serialize(withBom), ["sha256", "bytes", "encoding"]);
    }
}
