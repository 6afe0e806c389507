using BenchmarkDotNet.Attributes;
using PerfEval.Extract;

namespace PerfEval.Benchmarks;

/// <summary>
/// The whole pipeline in process on the real corpus tables: each capture as flattened text (the OCR one included, whose
/// rows are split by weighing every reading) and each rebuilt document. Files are loaded once; only extraction is timed.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private byte[] _bytes = [];

    public static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(RealRoot(), "*.*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RealRoot(), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(Path.Combine(RealRoot(), Document));

    [Benchmark]
    public object Extract() => Extractor.Default.Extract(_bytes, Path.GetFileName(Document)).Result ?? throw new InvalidOperationException(Document + " did not extract");

    private static string RealRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln"))) return Path.Combine(dir.FullName, "fixtures", "real");
        throw new DirectoryNotFoundException("fixtures/real not found above " + AppContext.BaseDirectory);
    }
}
