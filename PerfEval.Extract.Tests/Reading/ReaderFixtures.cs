using PerfEval.Extract.Reading;
using PerfEval.Extract.Tests.Support;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>Reads fixture documents to grids the way the pipeline does (detector, then reader), stopping before recognition.</summary>
internal static class ReaderFixtures
{
    public static ReadDocument ReadFixture(string relative)
    {
        var bytes = Fixtures.Bytes(relative.Split('/'));
        var format = FormatDetector.Detect(bytes, relative);
        return DocumentReaders.For(format).Read(bytes, ReaderOptions.Default);
    }

    /// <summary>Text with every white-space character removed: paragraph splits differ across producers, characters do not.</summary>
    public static string Squeeze(string text) => string.Concat(Whitespace.Fold(text).Where(c => c != ' '));
}
