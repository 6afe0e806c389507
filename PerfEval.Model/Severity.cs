namespace PerfEval.Model;

/// <summary>How serious a finding is. Only <see cref="Error"/> makes <c>perfeval check</c> exit 1.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
