namespace PerfEval.Extract.Reading;

/// <summary>The catalogue of codes for documents that cannot be used. Stable strings: scripts match on them.</summary>
public static class ErrorCodes
{
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string UnsupportedFormat = "unsupported-format";
    public const string TooLarge = "too-large";
    public const string Encoding = "encoding";
    public const string BrokenArchive = "broken-archive";
    public const string ZipBomb = "zip-bomb";
    public const string NoTable = "no-table";
    public const string NotASelfEvaluationTable = "not-a-self-evaluation-table";
    public const string Truncated = "truncated";
    public const string NoTextLayer = "no-text-layer";
    public const string TextNotExtractable = "text-not-extractable";
    public const string Encrypted = "encrypted";
    public const string Corrupt = "corrupt";
    public const string Io = "io";
}
