using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>Checks' view of model figures that live in matrices and indicator trees.</summary>
public static class FigureExtensions
{
    public static Figure AsFigure(this StatedFigure figure) => new(figure.Value, figure.Decimals, figure.Raw, figure.Source.Cell);

    /// <summary>
    /// A weight (分值, 权重, stated points) is assigned, not measured: it is exact, whatever decimals it shows. Scores
    /// and money, by contrast, may be roundings.
    /// </summary>
    public static Interval Exact(this StatedFigure figure) => Interval.Exact(figure.Value);

    /// <summary>The row's figure in a column, unless its column was only guessed from the order of a flattened capture.</summary>
    public static StatedFigure? Get(this FundsRow row, string column) => row.Cells.FirstOrDefault(c => c.Column == column && c.Ambiguous != true)?.Figure;

    /// <summary>The funds matrix of either family.</summary>
    public static FundsMatrix? Matrix(this ExtractionResult document) => document.Project?.Funds ?? document.Department?.FundsMatrix;

    /// <summary>The indicator tree of either family.</summary>
    public static IReadOnlyList<IndicatorGroup> Groups(this ExtractionResult document) =>
        document.Project?.IndicatorGroups ?? document.Department?.IndicatorGroups ?? [];

    public static bool TreeClosed(this ExtractionResult document) =>
        (document.Project?.IndicatorTreeClosed ?? document.Department?.IndicatorTreeClosed) == true;

    public static StatedFigure? StatedTotalScore(this ExtractionResult document) => document.Project?.TotalScore ?? document.Department?.TotalScore;
}
