namespace PerfEval.Extract.Reading;

/// <summary>The formats PerfEval reads, detected from content with the file extension only as a hint.</summary>
public enum DocumentFormat
{
    Text,
    Html,
    Docx,
    Xlsx,
    Pdf,
}
