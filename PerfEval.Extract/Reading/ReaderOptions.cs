namespace PerfEval.Extract.Reading;

/// <summary>Limits and choices shared by all readers. Immutable; <see cref="Default"/> suits published tables.</summary>
public sealed record ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>Largest document accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest total an archive (DOCX, XLSX) may inflate to: a guard against zip bombs.</summary>
    public long MaxInflatedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most PDF pages examined; a longer document is read up to this page and the rest is reported.</summary>
    public int MaxPdfPages { get; init; } = 200;

    /// <summary>PDF pages to read (counting from 1); null reads all.</summary>
    public IReadOnlySet<int>? Pages { get; init; }

    /// <summary>PDF table detection mode: "lattice", "stream" or "auto".</summary>
    public string PdfMode { get; init; } = "auto";

    /// <summary>PDF area to look in, x0,y0,x1,y1 in user space; null for the whole page.</summary>
    public IReadOnlyList<double>? PdfArea { get; init; }
}
