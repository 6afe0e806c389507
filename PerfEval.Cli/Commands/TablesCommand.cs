using System.Globalization;
using System.Text;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Writing;

namespace PerfEval.Cli.Commands;

/// <summary>
/// <c>perfeval tables FILE [--pages 1,3-4] [--area x0,y0,x1,y1] [--mode lattice|stream|auto] [--format json|csv]</c>:
/// the tables of any supported document as generic JSON or CSV, without recognizing the form.
/// Exit codes: 0 done, 2 usage error, 3 unreadable input. Errors are one line on stderr: <c>perfeval: FILE: reason</c>.
/// </summary>
public static class TablesCommand
{
    public const string Usage = """
        usage: perfeval tables FILE [options]

        Print the tables of a document (PDF, DOCX, XLSX, HTML, text dump) as JSON or CSV.

        options:
          --pages LIST     PDF pages to read, counting from 1: 1,3-4 (default: all)
          --area X0,Y0,X1,Y1
                           PDF area to look in, in points, origin bottom-left of the unrotated page
          --mode MODE      PDF table detection: lattice (ruling lines), stream (text alignment) or auto (default)
          --format FORMAT  json (default) or csv
          -h, --help       show this help

        JSON: an array of tables { page, mode, origin, preamble, rows, cells }; in cells, row and col count from 1
        and box is [x0, y0, x1, y1] in PDF user space. CSV: RFC 4180, tables separated by a blank line.
        exit codes: 0 done, 2 usage error, 3 unreadable input
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        var options = ReaderOptions.Default;
        var format = "json";
        try
        {
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                switch (arg)
                {
                    case "-h" or "--help":
                        stdout.Write(Usage.ReplaceLineEndings("\n") + "\n");
                        return ExitCodes.Ok;
                    case "--pages":
                        options = options with { Pages = ParsePages(Value(args, ref i, arg)) };
                        break;
                    case "--area":
                        options = options with { PdfArea = ParseArea(Value(args, ref i, arg)) };
                        break;
                    case "--mode":
                        var mode = Value(args, ref i, arg).ToLowerInvariant();
                        if (mode is not ("lattice" or "stream" or "auto"))
                            throw new UsageException($"--mode must be lattice, stream or auto, not '{mode}'");
                        options = options with { PdfMode = mode };
                        break;
                    case "--format":
                        format = Value(args, ref i, arg).ToLowerInvariant();
                        if (format is not ("json" or "csv"))
                            throw new UsageException($"--format must be json or csv, not '{format}'");
                        break;
                    default:
                        if (arg.StartsWith('-') && arg != "-")
                            throw new UsageException($"unknown option '{arg}'");
                        if (file is not null)
                            throw new UsageException($"one file at a time ('{file}' and '{arg}' given)");
                        file = arg;
                        break;
                }
            }
            if (file is null) throw new UsageException("no file given");
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"perfeval: tables: {e.Message} (see perfeval tables --help)");
            return ExitCodes.Usage;
        }

        ReadDocument document;
        PerfEval.Extract.Reading.DocumentFormat documentFormat;
        try
        {
            // Sizes are checked before the bytes are read, so a huge input is refused rather than loaded.
            if (file != "-" && File.Exists(file) && new FileInfo(file).Length > options.MaxDocumentBytes)
                throw new UnreadableDocumentException(ErrorCodes.TooLarge, $"{new FileInfo(file).Length} bytes is more than the limit of {options.MaxDocumentBytes}");
            var bytes = file == "-" ? ReadStdin(options.MaxDocumentBytes) : File.ReadAllBytes(file);
            documentFormat = FormatDetector.Detect(bytes, file);
            document = DocumentReaders.For(documentFormat).Read(bytes, options);
        }
        catch (UnreadableDocumentException e)
        {
            stderr.WriteLine($"perfeval: {file}: {e.Message}");
            return ExitCodes.Unreadable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"perfeval: {file}: {e.Message.TrimEnd('.')}");
            return ExitCodes.Unreadable;
        }
        catch (OutOfMemoryException)
        {
            stderr.WriteLine($"perfeval: {file}: the document needs more memory than this process can give it");
            return ExitCodes.Unreadable;
        }
        catch (Exception e)
        {
            // A reader bug must not print a stack trace; it is reported as such.
            stderr.WriteLine($"perfeval: {file}: internal error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); please report it");
            return ExitCodes.Unreadable;
        }

        foreach (var note in document.Notes)
            stderr.WriteLine($"perfeval: {file}: {note.Location}: {note.Message}");

        if (format == "csv")
        {
            TablesWriter.WriteCsv(stdout, document.Grids);
        }
        else
        {
            stdout.Write(TablesWriter.ToJson(document.Grids, documentFormat.ToString().ToLowerInvariant()));
            stdout.Write('\n');
        }
        stdout.Flush();
        return ExitCodes.Ok;
    }

    private static byte[] ReadStdin(long maxBytes)
    {
        using var input = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new UnreadableDocumentException(ErrorCodes.TooLarge, $"standard input is more than the limit of {maxBytes} bytes");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count) throw new UsageException($"{option} needs a value");
        return args[++i];
    }

    /// <summary>Parses "1,3-4" into page numbers counting from 1.</summary>
    internal static IReadOnlySet<int> ParsePages(string text)
    {
        var pages = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-');
            if (dash < 0)
            {
                pages.Add(Page(part));
                continue;
            }
            var from = Page(part[..dash]);
            var to = Page(part[(dash + 1)..]);
            if (to < from) throw new UsageException($"--pages: range '{part}' runs backwards");
            if (to - from > 100_000) throw new UsageException($"--pages: range '{part}' is too long");
            for (var p = from; p <= to; p++) pages.Add(p);
        }
        if (pages.Count == 0) throw new UsageException("--pages: no page given");
        return pages;

        static int Page(string s) =>
            int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1
                ? p
                : throw new UsageException($"--pages: '{s}' is not a page number (pages count from 1)");
    }

    /// <summary>Parses "x0,y0,x1,y1" (points); the corners may come in any order.</summary>
    internal static IReadOnlyList<double> ParseArea(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4) throw new UsageException($"--area needs four numbers x0,y0,x1,y1, not '{text}'");
        var v = new double[4];
        for (var i = 0; i < 4; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]))
                throw new UsageException($"--area: '{parts[i]}' is not a number");
        return [Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3])];
    }

    private sealed class UsageException(string message) : Exception(message);
}
