namespace PerfEval.Extract;

/// <summary>A document that could not be used: the file, a stable code from <see cref="Reading.ErrorCodes"/>, and the reason.</summary>
public sealed record ExtractionFailure(string File, string Code, string Message)
{
    /// <summary>The reason, always on one line: a user sees one line per failed document.</summary>
    public string Message { get; init; } = Message.ReplaceLineEndings(" ");

    /// <summary>The one line a user sees: "perfeval: seed.png: a PNG image, not a table document".</summary>
    public override string ToString() => $"{File}: {Message}";
}
