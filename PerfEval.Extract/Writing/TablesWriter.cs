using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Writing;

/// <summary>
/// Writes grids as generic tables, for any format, without interpreting them: JSON (an array of tables) or CSV.
/// <para>
/// JSON: each table is <c>{ "page", "mode", "origin", "preamble", "rows", "cells" }</c>. <c>rows</c> is the grid as
/// rows of strings: a merged cell's text sits in its top-left position and the positions it covers are empty strings.
/// <c>cells</c> lists the anchor cells with <c>row</c> and <c>col</c> counting from 1, <c>rowSpan</c>, <c>colSpan</c>,
/// <c>text</c> (paragraphs joined by line feeds) and, for PDF, <c>box</c> = [x0, y0, x1, y1] in user space (points,
/// origin bottom-left of the unrotated page); <c>box</c> is omitted when unknown. <c>page</c> counts from 1 and is null
/// for formats without pages; <c>mode</c> is how the table was found ("lattice", "stream") or the format's name.
/// </para>
/// <para>CSV: RFC 4180 (quoted where needed, CRLF line ends), one table after another separated by one blank line.</para>
/// </summary>
public static class TablesWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the grids as a JSON array to <paramref name="stream"/> (UTF-8).</summary>
    public static void WriteJson(Stream stream, IReadOnlyList<Grid> grids, string? defaultMode = null)
    {
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartArray();
        foreach (var grid in grids) WriteTable(json, grid, defaultMode);
        json.WriteEndArray();
        json.Flush();
    }

    /// <summary>The grids as a JSON array.</summary>
    public static string ToJson(IReadOnlyList<Grid> grids, string? defaultMode = null)
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer, grids, defaultMode);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteTable(Utf8JsonWriter json, Grid grid, string? defaultMode)
    {
        json.WriteStartObject();
        if (grid.Page is { } page) json.WriteNumber("page", page);
        else json.WriteNull("page");
        if ((grid.Mode ?? defaultMode) is { } mode) json.WriteString("mode", mode);
        else json.WriteNull("mode");
        json.WriteString("origin", grid.Origin);
        json.WriteStartArray("preamble");
        foreach (var line in grid.Preamble) json.WriteStringValue(line);
        json.WriteEndArray();

        json.WriteStartArray("rows");
        foreach (var row in Rows(grid))
        {
            json.WriteStartArray();
            foreach (var text in row) json.WriteStringValue(text);
            json.WriteEndArray();
        }
        json.WriteEndArray();

        json.WriteStartArray("cells");
        foreach (var cell in grid.Cells)
        {
            json.WriteStartObject();
            json.WriteNumber("row", cell.Row + 1);
            json.WriteNumber("col", cell.Column + 1);
            json.WriteNumber("rowSpan", cell.RowSpan);
            json.WriteNumber("colSpan", cell.ColumnSpan);
            json.WriteString("text", cell.Text);
            if (cell.Origin.Box is { Count: 4 } box)
            {
                json.WriteStartArray("box");
                foreach (var v in box) json.WriteNumberValue(Math.Round(v, 2));
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The grid as rows of text: anchor text at its top-left position, empty strings elsewhere.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(Grid grid)
    {
        var rows = new string[grid.RowCount][];
        for (var r = 0; r < grid.RowCount; r++)
        {
            rows[r] = new string[grid.ColumnCount];
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var cell = grid.At(r, c);
                rows[r][c] = cell is not null && cell.Row == r && cell.Column == c ? cell.Text : "";
            }
        }
        return rows;
    }

    /// <summary>Writes the grids as CSV (RFC 4180), tables separated by one blank line.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<Grid> grids)
    {
        for (var g = 0; g < grids.Count; g++)
        {
            if (g > 0) writer.Write("\r\n");
            foreach (var row in Rows(grids[g]))
            {
                for (var c = 0; c < row.Count; c++)
                {
                    if (c > 0) writer.Write(',');
                    writer.Write(CsvField(row[c]));
                }
                writer.Write("\r\n");
            }
        }
    }

    private static string CsvField(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0) return text;
        return "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
