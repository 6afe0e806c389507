using PerfEval.Extract.Reading.Docx;
using PerfEval.Extract.Reading.Html;
using PerfEval.Extract.Reading.Pdf;
using PerfEval.Extract.Reading.Xlsx;

namespace PerfEval.Extract.Reading;

/// <summary>The reader for each format. Adding a format means adding its reader here and its detection in <see cref="FormatDetector"/>.</summary>
public static class DocumentReaders
{
    public static IDocumentReader For(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => new TextDumpReader(),
        DocumentFormat.Html => new HtmlReader(),
        DocumentFormat.Docx => new DocxReader(),
        DocumentFormat.Xlsx => new XlsxReader(),
        DocumentFormat.Pdf => new PdfReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reader for this format"),
    };
}
