namespace PerfEval.Extract.Writing;

/// <summary>A failed document in an NDJSON stream: the batch goes on, and the failure is a record like any other.</summary>
public sealed record ErrorRecord(string File, ErrorDetail Error);

/// <summary>The stable code and the plain reason of a failure.</summary>
public sealed record ErrorDetail(string Code, string Message);
