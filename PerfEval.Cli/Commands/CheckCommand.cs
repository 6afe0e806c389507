using PerfEval.Extract;
using PerfEval.Model;

namespace PerfEval.Cli.Commands;

/// <summary>perfeval check: the findings of each document in a readable form; exit 1 when any is an error.</summary>
public static class CheckCommand
{
    public static string Help => $"""
        Usage: perfeval check [FILE|DIR ...] [--quiet]

        Audits the figures of self-evaluation tables with rounding-aware consistency rules and
        prints each finding with its cells. With no FILE, checks the bundled sample.
        Rules: {string.Join(", ", PerfEval.Extract.Checks.RuleCatalogue.Default.Rules.Select(r => r.Id))}

          --quiet      print only documents with findings
          -h, --help   show this help

        Exit codes: 0 no error finding, 1 at least one error finding, 2 usage error,
        3 at least one document unreadable or not a self-evaluation table.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var quiet = false;
        var files = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "-h" or "--help":
                    stdout.WriteLine(Help);
                    return ExitCodes.Ok;
                case "--quiet":
                    quiet = true;
                    break;
                case var a when a.StartsWith('-') && a != "-":
                    stderr.WriteLine($"perfeval check: unknown option {a}");
                    stderr.WriteLine("Try 'perfeval check --help'.");
                    return ExitCodes.Usage;
                default:
                    files.Add(arg);
                    break;
            }
        }

        var errors = 0;
        var failed = 0;
        foreach (var outcome in DocumentRunner.Run(Inputs.Resolve(files), Extractor.Default))
        {
            if (outcome.Failure is { } failure)
            {
                failed++;
                stderr.WriteLine($"perfeval: {failure}");
                continue;
            }
            var result = outcome.Result!;
            var file = result.Source.File;
            var errorCount = result.Findings.Count(f => f.Severity == Severity.Error);
            var warningCount = result.Findings.Count(f => f.Severity == Severity.Warning);
            errors += errorCount;
            if (quiet && result.Findings.Count == 0) continue;
            foreach (var finding in result.Findings)
            {
                var cells = finding.Cells.Count == 0 ? "" : $" [{string.Join(", ", finding.Cells)}]";
                stdout.WriteLine($"{file}: {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule}: {finding.Message}{cells}");
            }
            stdout.WriteLine($"{file}: {(errorCount == 0 ? "ok" : "FAILED")} — {errorCount} error(s), {warningCount} warning(s), {result.Unrecognized.Count} unrecognized cell(s)");
        }
        if (failed > 0) return ExitCodes.Unreadable;
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
