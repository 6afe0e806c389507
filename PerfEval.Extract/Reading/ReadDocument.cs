namespace PerfEval.Extract.Reading;

/// <summary>What a reader produced: the grids in document order, and facts about the bytes such as the text encoding.</summary>
public sealed record ReadDocument(DocumentFormat Format, IReadOnlyList<Grid> Grids, string? Encoding = null)
{
    /// <summary>Notes the reader made while reading (a repair, a formula with no cached value …), with their location.</summary>
    public IReadOnlyList<ReaderNote> Notes { get; init; } = [];
}

/// <summary>A remark of a reader about something it met, kept for the output rather than dropped.</summary>
public sealed record ReaderNote(string Code, string Message, string Location);
