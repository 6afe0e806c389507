using PerfEval.Extract.Tests.Support;
using PerfEval.Extract.Writing;

namespace PerfEval.Extract.Tests;

/// <summary>
/// Golden documents: every document in a folder of fixtures/ holding NAME.expected.json files must yield the JSON of
/// the golden whose NAME is the longest prefix of its file name, field by field. The document the golden was written from (its source.file) must
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
        foreach (var folder in Directory.EnumerateFiles(Fixtures.Root, "*.expected.json", SearchOption.AllDirectories).Select(Path.GetDirectoryName).Distinct())
        {
            var goldens = Directory.EnumerateFiles(folder!, "*.expected.json").ToList();
            foreach (var input in Directory.EnumerateFiles(folder!).Where(f => DocumentExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
            {
                // An input belongs to the golden whose stem is the longest prefix of its name: seed-gb18030.txt to
                // seed.expected.json; 05.docx to 05.docx.expected.json when the rebuilt document has a golden of its own.
                var golden = goldens
                    .Where(g => Path.GetFileName(input).StartsWith(Path.GetFileName(g)[..^".expected.json".Length], StringComparison.Ordinal))
                    .MaxBy(g => Path.GetFileName(g).Length);
                if (golden is not null) data.Add(Path.GetRelativePath(Fixtures.Root, golden), Path.GetRelativePath(Fixtures.Root, input));
            }
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
        // Exact for the document the golden was written from (its source.file), not for every file sharing its stem:
        // seed.html, seed.docx and seed.xlsx sit next to seed.txt and are the same table in other formats.
        var goldenSource = System.Text.Json.Nodes.JsonNode.Parse(expected)?["source"]?["file"]?.GetValue<string>();
        var exact = Path.GetFileName(inputFile) == goldenSource;
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
