namespace PerfEval.Model;

/// <summary>A piece of text read from a cell, with the label that named it. Paragraphs are separated by line feeds.</summary>
public sealed record TextField(string Text, Provenance Source);
