namespace PerfEval.Extract.Forms;

/// <summary>
/// The concepts a label can name, whatever its wording. The label dictionary maps every known wording to one of these;
/// recognizers work with keys, never with Chinese strings.
/// </summary>
public enum FieldKey
{
    // Document header
    DepartmentName,
    EvaluatedYear,

    // Department funds block
    FundsSection,
    AdjustedBudget,
    InitialBudget,
    ActualExpenditure,
    BudgetAdjustment,
    CompletionRate,
    AdjustmentRate,
    /// <summary>其中：… — a part of the figure above it.</summary>
    OfWhich,

    // Goals
    AnnualGoalSection,
    ExpectedGoal,
    AchievedGoal,

    // Tasks
    TasksSection,
    KeyIndicator,
    IndicatorCompletion,
    TaskFunds,

    // Narratives
    KeyProjects,
    OverallPerformance,
    Problems,
    Improvements,
}
