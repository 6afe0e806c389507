namespace PerfEval.Extract.Reading;

/// <summary>
/// Where a cell was read from, in the terms of its format. Every position counts from 1, as editors and viewers show it.
/// A text dump sets <see cref="Line"/> and <see cref="Field"/>; a PDF sets <see cref="Page"/> and <see cref="Box"/>;
/// office formats set <see cref="Table"/> (and <see cref="Sheet"/> for spreadsheets) with the source row and column.
/// </summary>
public sealed record CellOrigin
{
    public int? Line { get; init; }
    public int? Field { get; init; }
    public int? Page { get; init; }
    public string? Sheet { get; init; }
    public int? Table { get; init; }
    public int? SourceRow { get; init; }
    public int? SourceColumn { get; init; }
    /// <summary>PDF user-space rectangle x0,y0,x1,y1 (origin bottom-left, unrotated page).</summary>
    public IReadOnlyList<double>? Box { get; init; }

    /// <summary>A short human description: "line 8, field 3", "page 2", "sheet Sheet1, row 4, column 2".</summary>
    public string Describe()
    {
        var parts = new List<string>(4);
        if (Sheet is not null) parts.Add($"sheet {Sheet}");
        if (Page is not null) parts.Add($"page {Page}");
        if (Table is not null) parts.Add($"table {Table}");
        if (Line is not null) parts.Add($"line {Line}");
        if (Field is not null) parts.Add($"field {Field}");
        if (SourceRow is not null) parts.Add($"row {SourceRow}");
        if (SourceColumn is not null) parts.Add($"column {SourceColumn}");
        return string.Join(", ", parts);
    }

    public static CellOrigin TextDump(int line, int field) => new() { Line = line, Field = field };
}
