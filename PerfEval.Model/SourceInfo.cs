namespace PerfEval.Model;

/// <summary>The document a result was read from: file name, detected format and encoding, size and SHA-256 of its bytes.</summary>
public sealed record SourceInfo
{
    public required string File { get; init; }
    public required string Format { get; init; }
    public string? Encoding { get; init; }
    public required long Bytes { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>Which table of the document was recognized ("text dump", "table 2", "pages 1–3").</summary>
    public string? Table { get; init; }
}
