namespace PerfEval.Extract.Reading;

/// <summary>
/// A reader knows one format and nothing about budgets: it turns a document's bytes into grids.
/// A document it cannot read is reported by throwing <see cref="UnreadableDocumentException"/>.
/// </summary>
public interface IDocumentReader
{
    DocumentFormat Format { get; }

    ReadDocument Read(ReadOnlyMemory<byte> bytes, ReaderOptions options);
}
