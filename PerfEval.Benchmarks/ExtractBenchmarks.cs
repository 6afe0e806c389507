using BenchmarkDotNet.Attributes;
using PerfEval.Extract;

namespace PerfEval.Benchmarks;

/// <summary>
/// The whole pipeline in process (detect, read, recognize, check; JSON writing measured separately) on the seed
/// table in every format the fixtures hold. Files are loaded once; only extraction is timed.
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private byte[] _bytes = [];

    public static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(FixturesRoot(), "seed*.*", SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(Path.Combine(FixturesRoot(), Document));

    [Benchmark]
    public object Extract() => Extractor.Default.Extract(_bytes, Document).Result ?? throw new InvalidOperationException(Document + " did not extract");

    [Benchmark]
    public string ExtractAndWriteJson() => PerfEval.Extract.Writing.JsonOutput.Serialize(Extractor.Default.Extract(_bytes, Document));

    private static string FixturesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln"))) return Path.Combine(dir.FullName, "fixtures", "seed");
        throw new DirectoryNotFoundException("fixtures/seed not found above " + AppContext.BaseDirectory);
    }
}
