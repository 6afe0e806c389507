using PerfEval.Cli.Commands;

namespace PerfEval.Cli;

/// <summary>The perfeval command: dispatches to its subcommands and owns the exit codes. Never lets a stack trace out.</summary>
public static class Cli
{
    public const string Help = """
        perfeval — read Chinese budget-performance self-evaluation tables (绩效自评表) into audited JSON

        Usage:
          perfeval extract [FILE|DIR ...] [-o DIR | -o -]   documents to JSON (no FILE: the bundled sample)
          perfeval check   [FILE|DIR ...]                   consistency findings; exit 1 on any error
          perfeval tables  FILE [--pages 1,3-4] [--area x0,y0,x1,y1] [--mode lattice|stream|auto] [--format json|csv]
                                                            every table of any document, as a grid
          perfeval schema                                   the JSON Schema of the output
          perfeval --version

        Formats: text dumps (tab-separated, HTML in cells), HTML, DOCX, XLSX, PDF — detected from content.
        Run 'perfeval COMMAND --help' for a command's options.

        Exit codes: 0 ok, 1 error findings (check), 2 usage error, 3 unreadable or unrecognized input.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            {
                (args.Count == 0 ? stderr : stdout).WriteLine(Help);
                return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
            }
            var rest = args.Skip(1).ToList();
            return args[0] switch
            {
                "extract" => ExtractCommand.Run(rest, stdout, stderr),
                "check" => CheckCommand.Run(rest, stdout, stderr),
                "tables" => TablesCommand.Run(rest, stdout, stderr),
                "schema" => Schema(stdout),
                "--version" or "version" => Version(stdout),
                var other => Unknown(other, stderr),
            };
        }
        catch (Exception e)
        {
            stderr.WriteLine($"perfeval: internal error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); please report it");
            return ExitCodes.Unreadable;
        }
    }

    private static int Schema(TextWriter stdout)
    {
        stdout.WriteLine(PerfEval.Extract.Writing.JsonSchema.Generate());
        return ExitCodes.Ok;
    }

    private static int Version(TextWriter stdout)
    {
        stdout.WriteLine($"perfeval {typeof(Cli).Assembly.GetName().Version?.ToString(3)}");
        return ExitCodes.Ok;
    }

    private static int Unknown(string command, TextWriter stderr)
    {
        stderr.WriteLine($"perfeval: unknown command '{command}'");
        stderr.WriteLine("Try 'perfeval --help'.");
        return ExitCodes.Usage;
    }
}
