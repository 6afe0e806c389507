using System.Security.Cryptography;
using PerfEval.Extract.Checks;
using PerfEval.Extract.Forms;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract;

/// <summary>
/// The pipeline: bytes → reader → grids → recognizer → typed model → checks. Every expected failure (empty file,
/// unknown format, no self-evaluation table …) comes back as an <see cref="ExtractionFailure"/> naming the file.
/// </summary>
public sealed class Extractor(ReaderOptions readerOptions, IReadOnlyList<IFormRecognizer> recognizers, RuleCatalogue rules)
{
    public static Extractor Default { get; } = new(ReaderOptions.Default, DefaultRecognizers(LabelDictionary.Default), RuleCatalogue.Default);

    public static IReadOnlyList<IFormRecognizer> DefaultRecognizers(LabelDictionary labels) =>
        [new DepartmentRecognizer(labels), new MatrixFormRecognizer(labels), new BasicDataRecognizer(labels)];

    public ReaderOptions ReaderOptions { get; } = readerOptions;

    public ExtractionOutcome Extract(ReadOnlyMemory<byte> bytes, string fileName)
    {
        try
        {
            if (bytes.Length > ReaderOptions.MaxDocumentBytes)
                throw new UnreadableDocumentException(ErrorCodes.TooLarge, $"{bytes.Length} bytes is more than the limit of {ReaderOptions.MaxDocumentBytes}");
            var format = FormatDetector.Detect(bytes.Span, fileName);
            var document = DocumentReaders.For(format).Read(bytes, ReaderOptions);
            return ExtractionOutcome.Success(Build(document, bytes.Span, fileName));
        }
        catch (UnreadableDocumentException e)
        {
            return ExtractionOutcome.Failed(new ExtractionFailure(fileName, e.Code, e.Message));
        }
        catch (OutOfMemoryException)
        {
            // A document built to exhaust memory (a PDF stream bomb, say): the allocation failed, the process is fine.
            return ExtractionOutcome.Failed(new ExtractionFailure(fileName, ErrorCodes.TooLarge, "the document needs more memory than this process can give it"));
        }
        catch (Exception e)
        {
            // A bug, not a bad document: still one line for the user, and the batch goes on.
            return ExtractionOutcome.Failed(new ExtractionFailure(fileName, "internal", $"internal error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); please report it with the file"));
        }
    }

    private ExtractionResult Build(ReadDocument document, ReadOnlySpan<byte> bytes, string fileName)
    {
        var (grid, recognizer) = PickTable(document);
        var recognition = recognizer is ICompanionTableRecognizer companion
            ? companion.Recognize(grid, document.Grids.Where(g => !ReferenceEquals(g, grid)).ToList())
            : recognizer.Recognize(grid);
        var notes = new List<Note>(document.Notes.Select(n => new Note(n.Code, n.Message, n.Location)));
        if (document.Grids.Count > 1)
            notes.Add(new Note("table-chosen", $"{document.Grids.Count} tables found; {grid.Origin} is the {recognizer.Family} self-evaluation table", grid.Origin));
        notes.AddRange(recognition.Notes);
        // A PDF read only up to its page limit: a table that reaches the last page read may go on past it.
        var cutAtPageLimit = document.Notes.Any(n => n.Code == "pdf-pages-skipped")
            && grid.Cells.Count > 0 && grid.Cells.Max(c => c.Origin.Page ?? 0) >= ReaderOptions.MaxPdfPages;
        if (cutAtPageLimit)
            notes.Add(new Note(Keys.Notes.Truncated, $"the table runs to page {ReaderOptions.MaxPdfPages}, the last page read; the pages after it were not read", grid.Origin));

        var result = new ExtractionResult
        {
            Source = new SourceInfo
            {
                File = Path.GetFileName(fileName),
                Format = document.Format.ToString().ToLowerInvariant(),
                Encoding = document.Encoding,
                Bytes = bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                Table = grid.Origin,
            },
            Form = recognition.Form,
            Unit = recognition.Unit,
            Department = recognition.Department,
            Project = recognition.Project,
            Truncated = recognition.Truncated || cutAtPageLimit,
            Findings = [],
            Unrecognized = recognition.Unrecognized,
            Notes = notes,
        };
        return result with { Findings = rules.Run(result) };
    }

    private (Grid Grid, IFormRecognizer Recognizer) PickTable(ReadDocument document)
    {
        (Grid Grid, IFormRecognizer Recognizer, int Score)? best = null;
        foreach (var grid in document.Grids)
            foreach (var recognizer in recognizers)
            {
                var score = recognizer.Score(grid);
                if (score > 0 && (best is null || score > best.Value.Score)) best = (grid, recognizer, score);
            }
        if (best is null)
            throw new UnreadableDocumentException(ErrorCodes.NotASelfEvaluationTable,
                document.Grids.Count == 0
                    ? "no table found"
                    : "not a self-evaluation table (no form's labels found: 部门名称 or 项目名称, its funds block, 主要任务 or 绩效指标 …)");
        return (best.Value.Grid, best.Value.Recognizer);
    }
}
