using PerfEval.Extract.Tests.Support;
using PerfEval.Extract.Writing;
using Xunit;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>The pipeline builds the same model from the seed in every office format as from the text dump.</summary>
public sealed class SeedModelTests
{
    [Theory]
    [InlineData("seed.html", "html", "table 1")]
    [InlineData("seed.docx", "docx", "table 1")]
    [InlineData("seed.xlsx", "xlsx", "sheet Sheet1")]
    [InlineData("seed-formulas.xlsx", "xlsx", "sheet Sheet1")]
    public void Office_seed_gives_the_text_dump_model_field_for_field(string file, string format, string table)
    {
        var dump = Run.Extract(Fixtures.Bytes("seed", "seed.txt"), "seed.txt");
        var office = Run.Extract(Fixtures.Bytes("seed", file), file);

        Assert.True(office.Failure is null, office.Failure?.ToString());
        Assert.Equal(format, office.Result!.Source.Format);
        Assert.Equal(table, office.Result.Source.Table);
        Assert.DoesNotContain(office.Result.Findings, f => f.Severity == PerfEval.Model.Severity.Error);
        JsonCompare.AssertEqual(JsonOutput.Serialize(dump.Result!), JsonOutput.Serialize(office.Result), JsonCompare.SourceSpecificKeys);
    }
}
