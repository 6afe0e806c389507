using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>Small workbooks built in memory: sheets of cells given as (reference, value) with optional styles and merges.</summary>
internal static class Workbooks
{
    /// <summary>A cell: a string (shared), a number given as its stored text, or a formula with or without cached value.</summary>
    public sealed record C(string Ref, string? Value, bool Number = false, uint Style = 0, string? Formula = null, bool Inline = false);

    public sealed record SheetSpec(string Name, IReadOnlyList<C> Cells, params string[] Merges);

    /// <summary>Cell styles: index 0 General, 1 "0.0%" (custom 164), 2 built-in 10 "0.00%", 3 built-in 4 "#,##0.00", 4 "@".</summary>
    public static byte[] Build(params SheetSpec[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "@" }),
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }));
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();

            uint id = 1;
            foreach (var spec in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var group in spec.Cells.GroupBy(c => RowOf(c.Ref)).OrderBy(g => g.Key))
                {
                    var row = new Row { RowIndex = (uint)group.Key };
                    foreach (var c in group)
                    {
                        var cell = new Cell { CellReference = c.Ref, StyleIndex = c.Style };
                        if (c.Formula is not null) cell.CellFormula = new CellFormula(c.Formula);
                        if (c.Inline)
                        {
                            cell.DataType = CellValues.InlineString;
                            cell.InlineString = new InlineString(new Text(c.Value ?? ""));
                        }
                        else if (c.Value is not null && c.Number) cell.CellValue = new CellValue(c.Value);
                        else if (c.Value is not null)
                        {
                            cell.DataType = CellValues.SharedString;
                            var index = strings.IndexOf(c.Value);
                            if (index < 0) { strings.Add(c.Value); index = strings.Count - 1; shared.SharedStringTable.Append(new SharedStringItem(new Text(c.Value))); }
                            cell.CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        }
                        row.Append(cell);
                    }
                    data.Append(row);
                }
                var worksheet = new Worksheet(data);
                if (spec.Merges.Length > 0)
                    worksheet.Append(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })));
                part.Worksheet = worksheet;
                workbook.Workbook.Sheets!.Append(new Sheet { Name = spec.Name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
        }
        return stream.ToArray();
    }

    private static int RowOf(string reference) => int.Parse(new string(reference.Where(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}
