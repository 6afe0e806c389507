using PerfEval.Extract.Tests.Support;
using PerfEval.Extract.Writing;

namespace PerfEval.Extract.Tests;

/// <summary>
/// Golden documents: every folder of fixtures/ holding a NAME.expected.json is a case; every other document in that
/// folder must yield that JSON, field by field. The document whose file name matches the expected file's stem must
/// match it byte for byte, source block included; the others (the same table in other formats and encodings) are
/// compared without the source-specific keys (source, location, notes).
/// </summary>
public sealed class GoldenTests
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".html", ".htm", ".docx", ".xlsx", ".pdf",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var expected in Directory.EnumerateFiles(Fixtures.Root, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(expected)!;
            foreach (var input in Directory.EnumerateFiles(folder).Where(f => DocumentExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Fixtures.Root, expected), Path.GetRelativePath(Fixtures.Root, input));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_yields_its_golden_json(string expectedFile, string inputFile)
    {
        var outcome = Run.Extract(Fixtures.Bytes(inputFile), Path.GetFileName(inputFile));
        Assert.True(outcome.Failure is null, outcome.Failure?.ToString());
        var actual = JsonOutput.Serialize(outcome.Result!);
        var expected = Fixtures.Text(expectedFile);
        var exact = Path.GetFileNameWithoutExtension(inputFile) == Path.GetFileName(expectedFile)[..^".expected.json".Length];
        if (exact) Assert.Equal(expected.TrimEnd('\n'), actual);
        else JsonCompare.AssertEqual(expected, actual, JsonCompare.SourceSpecificKeys);
    }

    [Fact]
    public void Golden_cases_are_found()
    {
        // Guards the discovery itself: a moved fixtures folder must not turn the golden suite into zero tests.
        Assert.True(Cases().Count() >= 2);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var bytes = Fixtures.Bytes("seed", "seed.txt");
        Assert.Equal(JsonOutput.Serialize(Run.Extract(bytes).Result!), JsonOutput.Serialize(Run.Extract(bytes).Result!));
    }
}
