using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>
/// A named consistency rule. A rule reads the typed model and yields findings for what does not hold; it stays silent
/// where its inputs are missing (nothing to check) and never fires on figures that rounding can explain.
/// </summary>
public interface IRule
{
    string Id { get; }

    IEnumerable<Finding> Check(ExtractionResult document);
}
