namespace PerfEval.Cli;

/// <summary>The process exit codes, documented in README and --help.</summary>
public static class ExitCodes
{
    /// <summary>Everything read; no error-level finding (for check).</summary>
    public const int Ok = 0;
    /// <summary>check: at least one error-level finding.</summary>
    public const int Findings = 1;
    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
    /// <summary>At least one input is unreadable, of an unsupported format, or not a self-evaluation table.</summary>
    public const int Unreadable = 3;
}
