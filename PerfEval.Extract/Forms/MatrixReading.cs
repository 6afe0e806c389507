using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// One pass over one grid's tokens, shared by <see cref="MatrixFormRecognizer"/> and the readers it hands the funds
/// matrix and the indicator tree to: the tokens, the cells used so far, the notes, and the money unit in force.
/// </summary>
internal sealed class MatrixReading(Grid grid, LabelDictionary labels, IReadOnlyList<Token> tokens)
{
    private readonly CellLedger _ledger = new(grid);

    public Grid Grid { get; } = grid;

    public LabelDictionary Labels { get; } = labels;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public List<Note> Notes { get; } = [];

    public UnitInfo Unit { get; private set; } = UnitDeclaration.Assumed;

    public bool UnitStated { get; private set; }

    private readonly HashSet<Token> _usedTokens = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The cells nothing was read from, and the pieces of split cells (a run-together capture's line) nothing was read
    /// from while other pieces of their cell were: a cell read in part is not lost in part.
    /// </summary>
    public IReadOnlyList<UnrecognizedCell> Unused()
    {
        var unused = _ledger.Unused().ToList();
        // How many tokens each cell was split into: a piece of a cell split in several is what may be lost.
        var piecesOf = new Dictionary<GridCell, int>(ReferenceEqualityComparer.Instance);
        foreach (var cell in Tokens.SelectMany(t => t.Cells)) piecesOf[cell] = piecesOf.GetValueOrDefault(cell) + 1;
        foreach (var token in Tokens)
            // A capture's page number ("1、") is no content of the table.
            if (!token.IsEmpty && token.Cells.Count > 0 && !_usedTokens.Contains(token) && token.Cells.All(_ledger.IsUsed)
                && !RunTogether.IsPageMarker(token.Text) && token.Cells.Any(c => piecesOf[c] > 1))
                unused.Add(new UnrecognizedCell(token.First!.Name, string.Join("; ", token.Cells.Select(c => c.Origin.Describe())), token.Text));
        return unused;
    }

    /// <summary>The first unit the table declares wins; later declarations are used up but change nothing.</summary>
    public void SetUnit(UnitInfo unit, Token token)
    {
        Use(token);
        StateUnit(unit);
    }

    public void StateUnit(UnitInfo unit)
    {
        if (UnitStated) return;
        Unit = unit;
        UnitStated = true;
    }

    public StatedFigure? Figure(Token value, Token? label, string kind)
    {
        Use(value);
        if (!NumberText.TryParseFigure(value.Text, out var number))
        {
            // Points are whole small numbers: "IO" under 得分 is OCR's 10. The raw text is kept and the reading noted.
            if (kind == Keys.Kinds.Points && NumberText.TryParseOcrDigits(value.Text, out var repaired))
            {
                Notes.Add(new Note("ocr-digits", $"\"{value.Text}\" under {label?.Text ?? "a points column"} read as {repaired}: letters OCR takes for digits", value.First?.Origin.Describe()));
                return new StatedFigure { Value = repaired, Raw = value.Text, Decimals = 0, Kind = kind, Source = Provenance(value, label) };
            }
            Notes.Add(new Note("not-a-figure", $"expected a figure under {label?.Text ?? "a figure column"} but found \"{value.Text}\"", value.First?.Origin.Describe()));
            return null;
        }
        if (kind == Keys.Kinds.Percent || number.IsPercent)
            return new StatedFigure { Value = number.Value, Raw = value.Text, Decimals = number.Decimals, Kind = Keys.Kinds.Percent, Source = Provenance(value, label) };
        if (kind == Keys.Kinds.Money)
            return new StatedFigure
            {
                Value = number.Value, Raw = value.Text, Decimals = number.Decimals, Kind = Keys.Kinds.Money, Unit = Unit.Name,
                Yuan = NumberText.WithoutTrailingZeros(number.Value * Unit.YuanPerUnit), Source = Provenance(value, label),
            };
        return new StatedFigure { Value = number.Value, Raw = value.Text, Decimals = number.Decimals, Kind = kind, Source = Provenance(value, label) };
    }

    public TextField Text(Token token, Token? label)
    {
        Use(token);
        if (label is not null) Use(label);
        return new TextField(token.Text, Provenance(token, label));
    }

    public Provenance Provenance(Token token, Token? label) =>
        token.First is { } cell
            ? new Provenance(label is null ? null : LabelText(label.Text), cell.Name, string.Join("; ", token.Cells.Select(c => c.Origin.Describe())))
            : new Provenance(label?.Text, "", "");

    public void Use(Token token)
    {
        _usedTokens.Add(token);
        foreach (var cell in token.Cells) _ledger.Use(cell);
    }

    public int NextNonEmpty(int from)
    {
        var j = SkipEmpty(from);
        return j < Tokens.Count ? j : -1;
    }

    public int SkipEmpty(int from)
    {
        while (from < Tokens.Count && Tokens[from].IsEmpty) from++;
        return from;
    }

    /// <summary>A label as the output names it: its words without the line breaks and spaces a cell wrapped it with.</summary>
    public static string LabelText(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
