using PerfEval.Extract;
using PerfEval.Extract.Reading;

namespace PerfEval.Cli.Commands;

/// <summary>Loads each input and runs the pipeline on it; an unreadable file becomes a failure like any bad document.</summary>
public static class DocumentRunner
{
    public static IEnumerable<ExtractionOutcome> Run(IReadOnlyList<Inputs.Input> inputs, Extractor extractor)
    {
        foreach (var input in inputs)
        {
            var (bytes, loadFailure) = Load(input, extractor.ReaderOptions.MaxDocumentBytes);
            if (loadFailure is not null)
            {
                yield return ExtractionOutcome.Failed(loadFailure);
                continue;
            }
            var outcome = extractor.Extract(bytes!, input.Name);
            // Name the file as the user gave it, not only its base name, in failures.
            yield return outcome.Failure is { } f ? ExtractionOutcome.Failed(f with { File = input.Name }) : outcome;
        }
    }

    private static (byte[]? Bytes, ExtractionFailure? Failure) Load(Inputs.Input input, long maxBytes)
    {
        try
        {
            // The size is checked before the bytes are read: a huge file is refused, not loaded.
            if (input.Length() is { } length && length > maxBytes)
                return (null, new ExtractionFailure(input.Name, ErrorCodes.TooLarge, $"{length} bytes is more than the limit of {maxBytes}"));
            return (input.Load(maxBytes), null);
        }
        catch (UnreadableDocumentException e)
        {
            return (null, new ExtractionFailure(input.Name, e.Code, e.Message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return (null, new ExtractionFailure(input.Name, ErrorCodes.Io, reason));
        }
    }
}
