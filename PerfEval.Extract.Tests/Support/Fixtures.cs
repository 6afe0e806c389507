namespace PerfEval.Extract.Tests.Support;

/// <summary>Finds the repository's fixtures folder from the test binaries, so tests run from any working directory.</summary>
public static class Fixtures
{
    public static string Root { get; } = Locate();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));

    public static string Text(params string[] parts) => File.ReadAllText(Path(parts));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "fixtures");
            if (Directory.Exists(candidate) && File.Exists(System.IO.Path.Combine(dir.FullName, "PerfEval.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException("fixtures folder not found above " + AppContext.BaseDirectory);
    }
}
