namespace PerfEval.Model;

/// <summary>
/// The stable string keys the output uses for funds-matrix rows and columns, figure kinds and item kinds. Recognizers
/// write them and checks read them through these constants, so a misspelt key cannot silently switch a rule off.
/// </summary>
public static class Keys
{
    /// <summary>Row keys of a funds matrix.</summary>
    public static class Rows
    {
        public const string Total = "total";
        public const string CurrentYearAppropriation = "currentYearAppropriation";
        public const string FiscalFunds = "fiscalFunds";
        public const string SpecialAccountFunds = "specialAccountFunds";
        public const string UnitFunds = "unitFunds";
        public const string CarryOver = "carryOver";
        public const string OtherFunds = "otherFunds";
        public const string BasicExpenditure = "basicExpenditure";
        public const string ProjectExpenditure = "projectExpenditure";
        public const string Other = "other";
    }

    /// <summary>Column keys of a funds matrix.</summary>
    public static class Columns
    {
        public const string InitialBudget = "initialBudget";
        public const string AdjustedBudget = "adjustedBudget";
        public const string Executed = "executed";
        public const string Weight = "weight";
        public const string Rate = "rate";
        public const string Score = "score";
        public const string Reason = "reason";
    }

    /// <summary>The department funds figures a 其中 line can be part of (<see cref="FundsBreakdownItem.PartOf"/>).</summary>
    public static class DepartmentFunds
    {
        public const string AdjustedBudget = "adjustedBudget";
        public const string InitialBudget = "initialBudget";
        public const string ActualExpenditure = "actualExpenditure";
        public const string BudgetAdjustment = "budgetAdjustment";
        /// <summary>No figure stands above the 其中 line.</summary>
        public const string Total = "total";
    }

    /// <summary>Codes of notes that other stages act on.</summary>
    public static class Notes
    {
        /// <summary>The table stops before the form does; the result is marked <see cref="ExtractionResult.Truncated"/>.</summary>
        public const string Truncated = "truncated";
    }

    /// <summary>What a <see cref="StatedFigure"/> measures.</summary>
    public static class Kinds
    {
        public const string Money = "money";
        public const string Percent = "percent";
        public const string Points = "points";
        public const string Count = "count";
    }

    /// <summary>How a nested row makes up its parent (<see cref="FundsRow.ItemKind"/>).</summary>
    public static class Items
    {
        /// <summary>Numbered items (1、2、3、): together they are the parent.</summary>
        public const string Whole = "items";
        /// <summary>其中 rows: part of the parent.</summary>
        public const string OfWhich = "ofWhich";
    }
}
