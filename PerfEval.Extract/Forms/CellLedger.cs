using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Keeps account of which cells of a grid a recognizer has used, so that every non-empty cell it did not use is
/// reported as unrecognized rather than silently dropped; also makes the provenance of a value.
/// </summary>
public sealed class CellLedger(Grid grid)
{
    private readonly HashSet<GridCell> _used = new(ReferenceEqualityComparer.Instance);

    public Grid Grid { get; } = grid;

    public void Use(GridCell cell) => _used.Add(cell);

    public bool IsUsed(GridCell cell) => _used.Contains(cell);

    public Provenance ProvenanceOf(GridCell cell, GridCell? label) =>
        new(label is null ? null : string.Concat(label.Text.Where(c => !char.IsWhiteSpace(c))), cell.Name, cell.Origin.Describe());

    /// <summary>A text field from a cell, marking it (and its label) used.</summary>
    public TextField Text(GridCell cell, GridCell? label)
    {
        Use(cell);
        if (label is not null) Use(label);
        return new TextField(cell.Text, ProvenanceOf(cell, label));
    }

    public IReadOnlyList<UnrecognizedCell> Unused() =>
        Grid.Cells.Where(c => !c.IsEmpty && !_used.Contains(c))
            .Select(c => new UnrecognizedCell(c.Name, c.Origin.Describe(), c.Text))
            .ToList();
}
