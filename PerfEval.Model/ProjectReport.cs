namespace PerfEval.Model;

/// <summary>
/// A 项目支出绩效自评表: the project and its units, the funds matrix, the annual goal, the indicator tree with weights
/// and scores, the total score and the narrative sections.
/// </summary>
public sealed record ProjectReport
{
    public TextField? Name { get; init; }
    /// <summary>A code printed before the name (项目编码 such as 51092324T000010263357), kept apart.</summary>
    public string? NameCode { get; init; }
    public OrganizationField? Department { get; init; }
    public OrganizationField? Implementer { get; init; }
    public YearField? Year { get; init; }
    public FundsMatrix? Funds { get; init; }
    public GoalPair? AnnualGoal { get; init; }
    public required IReadOnlyList<IndicatorGroup> IndicatorGroups { get; init; }
    /// <summary>总分 / 自评得分 / 合计 as stated.</summary>
    public StatedFigure? TotalScore { get; init; }
    /// <summary>财政审核评分: the finance bureau's score on review (Ningxia forms), when filled in.</summary>
    public StatedFigure? ReviewScore { get; init; }
    /// <summary>The 分值 printed on the 总分 row (100 on the national form), when the row prints one.</summary>
    public StatedFigure? TotalPoints { get; init; }
    /// <summary>True when a 总分 row closed the indicator tree: the tree is whole, so its sums can be checked.</summary>
    public bool? IndicatorTreeClosed { get; init; }
    public required IReadOnlyList<Narrative> Narratives { get; init; }
}

/// <summary>An organization as printed ("219001-池州市贵池区棠溪镇人民政府"), with its unit code kept apart from its name.</summary>
public sealed record OrganizationField(string Name, string? Code, TextField Printed)
{
    /// <summary>
    /// True when a flattened capture put something else right after the label and this text, standing alone further
    /// on, was taken as the value by elimination: the order, not the layout, placed it.
    /// </summary>
    public bool? Ambiguous { get; init; }
}

/// <summary>
/// A 一级指标 with the points its label states (产出指标(50分) → 50) and its indicators. Indicators of the tree's
/// 二级 level name it on each indicator.
/// </summary>
public sealed record IndicatorGroup
{
    public required TextField Name { get; init; }
    public StatedFigure? StatedPoints { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }
}

/// <summary>A 三级指标 with its 二级 parent, target, actual value, weight, score and deviation reason.</summary>
public sealed record Indicator
{
    public TextField? Level2 { get; init; }
    public required TextField Name { get; init; }
    public Quantity? Target { get; init; }
    public Quantity? Actual { get; init; }
    public StatedFigure? Weight { get; init; }
    public StatedFigure? Score { get; init; }
    public TextField? Deviation { get; init; }
    /// <summary>The 二级's own stated points, in trees that print them (预算配置 16).</summary>
    public StatedFigure? Level2Points { get; init; }
    /// <summary>评价标准: how the indicator is scored, in scoring tables that print it.</summary>
    public TextField? Criterion { get; init; }
    /// <summary>指标说明: the evidence given for the score.</summary>
    public TextField? Explanation { get; init; }
}
