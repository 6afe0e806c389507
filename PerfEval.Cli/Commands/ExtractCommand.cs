using PerfEval.Extract;
using PerfEval.Extract.Writing;
using PerfEval.Model;

namespace PerfEval.Cli.Commands;

/// <summary>
/// perfeval extract: documents to JSON. One document to standard output is indented JSON; several are NDJSON, one
/// object per line, a failed document an error record. With -o DIR each document gets DIR/NAME.EXT.json, written whole
/// or not at all.
/// </summary>
public static class ExtractCommand
{
    public const string Help = """
        Usage: perfeval extract [FILE|DIR ...] [-o DIR | -o -] [--ndjson]

        Reads self-evaluation tables (text dump, HTML, DOCX, XLSX, PDF; the format is detected
        from the content) and writes the typed model with its consistency findings as JSON.
        With no FILE, runs on the bundled sample (广州市天河区妇女联合会, 2021).

          -o, --output DIR   write DIR/<file name>.json for each document (seed.txt → seed.txt.json;
                             the folder is created if missing)
          -o -               write to standard output (the default)
          --ndjson           one compact JSON object per line, even for a single document
          -h, --help         show this help

        Several documents on standard output are written as NDJSON; a document that cannot be
        read becomes {"file":…,"error":{"code":…,"message":…}} and the batch goes on.

        Exit codes: 0 all documents extracted, 2 usage error, 3 at least one document unreadable
        or not a self-evaluation table (the others are still written).
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? output = null;
        var ndjson = false;
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    stdout.WriteLine(Help);
                    return ExitCodes.Ok;
                case "-o" or "--output":
                    if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1])) return Usage(stderr, "-o needs a folder, or - for standard output");
                    output = args[++i];
                    break;
                case "--ndjson":
                    ndjson = true;
                    break;
                case var a when a.StartsWith('-') && a != "-":
                    return Usage(stderr, $"unknown option {a}");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        var inputs = Inputs.Resolve(files);
        var toStdout = output is null or "-";
        var oneLinePerDocument = ndjson || inputs.Count > 1;
        var failed = 0;
        // Case folded: on a case-insensitive file system A.txt and a.txt would be one file.
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in DocumentRunner.Run(inputs, Extractor.Default))
        {
            if (outcome.Failure is { } failure)
            {
                failed++;
                stderr.WriteLine($"perfeval: {failure}");
                if (toStdout && oneLinePerDocument) stdout.WriteLine(JsonOutput.Serialize(failure));
                continue;
            }
            var result = outcome.Result!;
            if (result.Truncated)
                stderr.WriteLine($"perfeval: {result.Source.File}: warning: {result.Notes.FirstOrDefault(n => n.Code == Keys.Notes.Truncated)?.Message ?? "the table is cut off before the form ends"}");
            if (toStdout)
            {
                stdout.WriteLine(JsonOutput.Serialize(result, indented: !oneLinePerDocument));
                continue;
            }
            try
            {
                WriteWhole(output!, result, written);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed++;
                stderr.WriteLine($"perfeval: {result.Source.File}: cannot write output: {e.Message}");
            }
        }
        return failed > 0 ? ExitCodes.Unreadable : ExitCodes.Ok;
    }

    /// <summary>
    /// Writes DIR/NAME.EXT.json (the input's whole file name, so seed.txt and seed.pdf do not overwrite each other) to a
    /// temporary file first and renames it, so that an interrupted run never leaves half a JSON file.
    /// </summary>
    private static string WriteWhole(string folder, PerfEval.Model.ExtractionResult result, HashSet<string> written)
    {
        Directory.CreateDirectory(folder);
        var name = result.Source.File.Replace(':', '-');
        var target = Path.Combine(folder, name + ".json");
        // Two inputs of the same name from different folders: the second gets a number rather than overwriting.
        for (var n = 2; !written.Add(target); n++) target = Path.Combine(folder, $"{name}.{n}.json");
        // A name of its own per write, so two runs into one folder never share a temporary file.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            File.WriteAllText(temporary, JsonOutput.Serialize(result) + "\n");
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return target;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"perfeval extract: {message}");
        stderr.WriteLine("Try 'perfeval extract --help'.");
        return ExitCodes.Usage;
    }
}
