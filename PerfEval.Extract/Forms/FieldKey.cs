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
    Conclusion,
    /// <summary>项目基本情况: a heading over the goal and the implementation summary.</summary>
    ProjectOverviewSection,
    /// <summary>项目实施内容及过程概述.</summary>
    ImplementationSummary,

    // Project header
    ProjectName,
    SupervisingDepartment,
    Implementer,
    /// <summary>A form title (…绩效自评表): where a table starts.</summary>
    FormTitle,

    // Funds matrix: section, columns, rows
    ProjectFundsSection,
    Weight,
    Score,
    DeviationReason,
    /// <summary>资金来源: the header of the matrix's row-label column.</summary>
    FundsSourceHeader,
    FundsTotal,
    SourceCurrentYear,
    SourceFiscal,
    SourceSpecialAccount,
    SourceUnit,
    SourceCarryOver,
    SourceOther,
    BasicExpenditure,
    ProjectExpenditure,
    OtherRow,

    // Indicator tree
    IndicatorsSection,
    Level1Header,
    Level2Header,
    Level3Header,
    Nature,
    TargetValue,
    MeasureUnit,
    ActualValue,
    Level1Name,
    Level2Name,
    TotalScore,
    /// <summary>财政审核评分: the score the finance bureau gave on review (Ningxia), beside the self-assessed one.</summary>
    ReviewScore,

    // Department basic data (Hunan 基础数据表)
    StaffSection,
    StaffQuota,
    StaffActual,
    StaffControlRate,
    ExpenseControlSection,
    ThreePublicExpenses,
    PublicExpenses,
    GovernmentProcurement,
    DepartmentBudgetAdjustment,
    FinalAccounts,
    BudgetColumn,
    Criterion,
    Explanation,
}
