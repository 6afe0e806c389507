using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>Turns cells holding figures into <see cref="Money"/> and <see cref="Rate"/>, or says why it cannot.</summary>
public sealed class FigureReader(CellLedger ledger, UnitInfo unit, List<Note> notes)
{
    public Money? Money(GridCell cell, GridCell? label)
    {
        ledger.Use(cell);
        if (label is not null) ledger.Use(label);
        if (!NumberText.TryParseFigure(cell.Text, out var number) || number.IsPercent)
        {
            notes.Add(new Note("not-a-figure", $"expected an amount for {label?.Text ?? "a money field"} but found \"{cell.Text}\"", cell.Origin.Describe()));
            return null;
        }
        return new Money(number.Value, unit.Name, NumberText.WithoutTrailingZeros(number.Value * unit.YuanPerUnit), cell.Text, number.Decimals, ledger.ProvenanceOf(cell, label));
    }

    public Rate? Rate(GridCell cell, GridCell? label)
    {
        ledger.Use(cell);
        if (label is not null) ledger.Use(label);
        if (!NumberText.TryParseFigure(cell.Text, out var number))
        {
            notes.Add(new Note("not-a-figure", $"expected a rate for {label?.Text ?? "a rate field"} but found \"{cell.Text}\"", cell.Origin.Describe()));
            return null;
        }
        if (!number.IsPercent)
            notes.Add(new Note("rate-without-percent", $"rate \"{cell.Text}\" has no % sign; read as percent points", cell.Origin.Describe()));
        return new Rate(number.Value, cell.Text, number.Decimals, ledger.ProvenanceOf(cell, label));
    }

}
