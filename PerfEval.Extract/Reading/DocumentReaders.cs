namespace PerfEval.Extract.Reading;

/// <summary>The reader for each format. Adding a format means adding its reader here and its detection in <see cref="FormatDetector"/>.</summary>
public static class DocumentReaders
{
    public static IDocumentReader For(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => new TextDumpReader(),
        DocumentFormat.Pdf => new Pdf.PdfReader(),
        _ => new NotYetReader(format),
    };

    /// <summary>Stands in for a reader that is not built yet, with an honest error rather than a guess.</summary>
    private sealed class NotYetReader(DocumentFormat format) : IDocumentReader
    {
        public DocumentFormat Format => format;

        public ReadDocument Read(ReadOnlyMemory<byte> bytes, ReaderOptions options) =>
            throw new UnreadableDocumentException(ErrorCodes.UnsupportedFormat, $"{format} documents are not supported yet");
    }
}
