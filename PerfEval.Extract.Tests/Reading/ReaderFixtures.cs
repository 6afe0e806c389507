using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>Finds fixture files from the test output folder and reads documents the way the pipeline does.</summary>
internal static class ReaderFixtures
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, "fixtures", relative);

    public static ReadDocument ReadFixture(string relative)
    {
        var bytes = File.ReadAllBytes(PathOf(relative));
        var format = FormatDetector.Detect(bytes, relative);
        return DocumentReaders.For(format).Read(bytes, ReaderOptions.Default);
    }

    /// <summary>Text with every white-space character removed: paragraph splits differ across producers, characters do not.</summary>
    public static string Squeeze(string text) => string.Concat(Whitespace.Fold(text).Where(c => c != ' '));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")) && Directory.Exists(Path.Combine(dir.FullName, "fixtures")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (PerfEval.sln with fixtures/) above " + AppContext.BaseDirectory);
    }
}
