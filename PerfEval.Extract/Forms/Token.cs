using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// One step of a table read as a sequence: a cell (or several flattened cells joined back into one label, such as
/// 年初 + 预算数), its text, and the label key it names. An empty token stands for an empty slot of a structured grid,
/// so that positions along a row still count.
/// </summary>
public sealed record Token(IReadOnlyList<GridCell> Cells, string Text, FieldKey? Key)
{
    public bool IsEmpty => Cells.Count == 0 || string.IsNullOrWhiteSpace(Text);

    public GridCell? First => Cells.Count > 0 ? Cells[0] : null;

    public int Row => First?.Row ?? -1;
}
