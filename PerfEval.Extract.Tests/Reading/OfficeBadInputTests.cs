using System.IO.Compression;
using System.Text;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Tests.Support;
using Xunit;
using static PerfEval.Extract.Tests.Reading.OfficeDocuments;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>Unusable office documents end, through the whole pipeline, as one failure line with a code and a reason.</summary>
public sealed class OfficeBadInputTests
{
    public static TheoryData<string, byte[], string, string> Cases() => new()
    {
        { "broken.docx", Docx(Tbl(1, Tr(Tc("x"))))[..200], ErrorCodes.BrokenArchive, "broken" },
        { "no-table.docx", Docx(P("部门整体支出绩效自评表")), ErrorCodes.NoTable, "no table" },
        { "csv.xlsx", Encoding.UTF8.GetBytes("部门名称,妇联\n预算完成率,100.0%\n"), ErrorCodes.UnsupportedFormat, "CSV" },
        { "no-table.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>无表格</p></body></html>"), ErrorCodes.NoTable, "<table>" },
        { "bomb.docx", RawDocx(DocumentXml(new string(' ', 4 << 20)), CompressionLevel.SmallestSize), ErrorCodes.ZipBomb, "compression ratio" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unusable_office_documents_fail_with_a_code_and_a_plain_reason(string name, byte[] bytes, string code, string reasonPart)
    {
        var failure = Run.Failure(bytes, name);

        Assert.Equal(code, failure.Code);
        Assert.Contains(reasonPart, failure.Message);
        Assert.DoesNotContain("\n", failure.ToString());
        Assert.DoesNotContain("   at ", failure.ToString());
    }
}
