using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>Every rule PerfEval runs, in a fixed order so that findings come out deterministically.</summary>
public sealed class RuleCatalogue(IReadOnlyList<IRule> rules)
{
    public static RuleCatalogue Default { get; } = new(
    [
        new FundsAdjustmentRule(),
        new FundsCompletionRateRule(),
        new FundsAdjustmentRateRule(),
        new FundsBreakdownRule(),
        new TaskFundsRule(),
        new ExecutionRateRule(),
        new BudgetScoreRule(),
        new FundsSourcesRule(),
        new ZeroTotalRule(),
        new FundsItemsRule(),
        new StaffControlRateRule(),
        new UnitPlausibilityRule(),
        new IndicatorWeightsRule(),
        new ScoreBoundsRule(),
        new TotalScoreRule(),
        new DeviationExplainedRule(),
        new HeaderFormulaRule(),
        new TextArithmeticRule(),
        new NarrativeFiguresRule(),
        new TruncatedRule(),
    ]);

    public IReadOnlyList<IRule> Rules { get; } = rules;

    public IReadOnlyList<Finding> Run(ExtractionResult document)
    {
        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            try
            {
                findings.AddRange(rule.Check(document));
            }
            catch (OverflowException)
            {
                // Figures beyond decimal's range cannot be checked; the others still are.
                findings.Add(new Finding
                {
                    Rule = rule.Id,
                    Severity = Severity.Info,
                    Message = "not checked: the figures are too large for exact arithmetic",
                    Cells = [],
                });
            }
        }
        return findings;
    }
}
