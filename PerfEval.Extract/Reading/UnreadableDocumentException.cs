namespace PerfEval.Extract.Reading;

/// <summary>
/// Raised by a reader or recognizer when a document cannot be used; the pipeline turns it into an error value
/// naming the file. <see cref="Code"/> is stable (for scripts); <see cref="Exception.Message"/> is the reason in plain words.
/// </summary>
public sealed class UnreadableDocumentException(string code, string reason) : Exception(reason)
{
    public string Code { get; } = code;
}
