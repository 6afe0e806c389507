namespace PerfEval.Model;

/// <summary>A non-empty cell the recognizer did not map to any field: reported so that no text is lost silently.</summary>
public sealed record UnrecognizedCell(string Cell, string Location, string Text);
