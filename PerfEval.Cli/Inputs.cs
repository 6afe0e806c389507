using System.Reflection;

namespace PerfEval.Cli;

/// <summary>
/// Resolves the command line's inputs to documents: files as given, folders expanded to the documents inside them
/// (sorted by name; not their subfolders), and the bundled sample when no input is named.
/// </summary>
public static class Inputs
{
    public const string SampleName = "sample:guangzhou-tianhe-womens-federation-2021.txt";

    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".tsv", ".html", ".htm", ".docx", ".xlsx", ".pdf",
    };

    /// <summary>One document to read: its display name, its size when known before reading, and a way to get its bytes (which may fail).</summary>
    public sealed record Input(string Name, Func<long, byte[]> Load)
    {
        public Func<long?> Length { get; init; } = () => null;

        public static Input FromFile(string path) => new(path, max => ReadAtMost(path, max))
        {
            Length = () => File.Exists(path) ? new FileInfo(path).Length : null,
        };
    }

    /// <summary>
    /// Reads a file, refusing it once it passes <paramref name="max"/> bytes: a pipe or device reports no length, so
    /// the limit is kept while reading, not only before.
    /// </summary>
    private static byte[] ReadAtMost(string path, long max)
    {
        using var stream = File.OpenRead(path);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
                throw new PerfEval.Extract.Reading.UnreadableDocumentException(PerfEval.Extract.Reading.ErrorCodes.TooLarge, $"more than the limit of {max} bytes");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static IReadOnlyList<Input> Resolve(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) return [new Input(SampleName, _ => LoadSample())];
        var inputs = new List<Input>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    inputs.AddRange(Directory.EnumerateFiles(path).Where(f => DocumentExtensions.Contains(Path.GetExtension(f)))
                        .Order(StringComparer.Ordinal).Select(Input.FromFile));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The folder cannot be listed: reported as a failed input, and the other inputs go on.
                    inputs.Add(new Input(path, _ => throw e));
                }
            }
            else
            {
                inputs.Add(Input.FromFile(path));
            }
        }
        return inputs;
    }

    public static byte[] LoadSample()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("sample.txt")
            ?? throw new InvalidOperationException("the bundled sample is missing from this build");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
