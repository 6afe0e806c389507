using PerfEval.Model;

namespace PerfEval.Extract;

/// <summary>Either a result or a failure: a bad document is an expected outcome, not an exception.</summary>
public sealed record ExtractionOutcome(ExtractionResult? Result, ExtractionFailure? Failure)
{
    public static ExtractionOutcome Success(ExtractionResult result) => new(result, null);

    public static ExtractionOutcome Failed(ExtractionFailure failure) => new(null, failure);
}
