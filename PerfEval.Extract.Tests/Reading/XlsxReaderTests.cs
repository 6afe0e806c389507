using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Reading.Xlsx;
using Xunit;
using static PerfEval.Extract.Tests.Reading.Workbooks;

namespace PerfEval.Extract.Tests.Reading;

public sealed class XlsxReaderTests
{
    private static ReadDocument Read(byte[] bytes) => new XlsxReader().Read(bytes, ReaderOptions.Default);

    [Fact]
    public void Numbers_read_as_the_sheet_displays_them_through_their_formats()
    {
        var bytes = Build(new SheetSpec("资金", [
            new("A1", "预算完成率"), new("B1", "0.99998", Number: true, Style: 1),
            new("A2", "预算调整率"), new("B2", "-0.181864363728727", Number: true, Style: 1),
            new("A3", "指标完成率"), new("B3", "0.978", Number: true, Style: 2),
            new("A4", "调整预算"), new("B4", "579.78", Number: true),
            new("A5", "任务资金"), new("B5", "6", Number: true),
            new("A6", "合计"), new("B6", "1234.5", Number: true, Style: 3),
            new("A7", "文本数字"), new("B7", "15.9", Number: true, Style: 4),
        ]));

        var grid = Assert.Single(Read(bytes).Grids);

        Assert.Equal(["100.0%", "-18.2%", "97.80%", "579.78", "6", "1,234.50", "15.9"],
            Enumerable.Range(0, 7).Select(r => grid.At(r, 1)!.Text));
        Assert.Equal(new CellOrigin { Sheet = "资金", SourceRow = 1, SourceColumn = 2 }, grid.At(0, 1)!.Origin);
        Assert.Equal("sheet 资金", grid.Origin);
    }

    [Fact]
    public void Merged_ranges_become_spans_and_title_rows_the_preamble()
    {
        var bytes = Build(new SheetSpec("Sheet1", [
            new("B2", "部门整体支出绩效自评表"),
            new("B3", "单位：万元"),
            new("B4", "部门名称"), new("D4", "广州市天河区妇女联合会"), new("E4", "2021年"),
            new("B5", "部门资金情况"), new("C5", "部门调整预算收入"), new("E5", "579.78", Number: true),
            new("C6", "实际支出数"), new("E6", "579.77", Number: true),
        ], "B2:E2", "B4:C4", "B5:B6", "C5:D5"));

        var grid = Assert.Single(Read(bytes).Grids);

        Assert.Equal(["部门整体支出绩效自评表", "单位：万元"], grid.Preamble);
        Assert.Equal((3, 4), (grid.RowCount, grid.ColumnCount));
        var name = grid.At(0, 1)!;
        Assert.Equal((0, 0, 1, 2, "部门名称"), (name.Row, name.Column, name.RowSpan, name.ColumnSpan, name.Text));
        Assert.Equal(new CellOrigin { Sheet = "Sheet1", SourceRow = 4, SourceColumn = 2 }, name.Origin);
        Assert.Equal((2, 1), (grid.At(2, 0)!.RowSpan, grid.At(2, 0)!.ColumnSpan));
        Assert.Equal(("广州市天河区妇女联合会", 2), (grid.At(0, 2)!.Text, grid.At(0, 2)!.Column));
        // Every slot outside a merge is a cell, empty or not: D6 is empty but present.
        var empty = grid.At(2, 2)!;
        Assert.Equal((2, 2, true), (empty.Row, empty.Column, empty.IsEmpty));
        Assert.Equal(3 + 3 + 3, grid.Cells.Count);
    }

    [Fact]
    public void A_formula_without_cached_value_is_an_empty_cell_and_a_note()
    {
        var bytes = Build(new SheetSpec("S", [
            new("A6", "实际支出数"), new("B6", "579.77", Number: true),
            new("A7", "预算完成率"), new("B7", null, Style: 1, Formula: "B6/B5"),
            new("A8", "年度预算调整数"), new("B8", "-128.88", Number: true, Formula: "B5-B4"),
        ]));

        var document = Read(bytes);

        var grid = Assert.Single(document.Grids);
        Assert.True(grid.At(1, 1)!.IsEmpty);
        Assert.Equal("-128.88", grid.At(2, 1)!.Text);
        var note = Assert.Single(document.Notes);
        Assert.Equal(("formula-without-value", "sheet S, cell B7"), (note.Code, note.Location));
        Assert.Contains("B6/B5", note.Message);
    }

    [Fact]
    public void Every_sheet_with_text_is_a_grid_in_tab_order()
    {
        var bytes = Build(
            new SheetSpec("一", [new("A1", "a"), new("B1", "b")]),
            new SheetSpec("空", []),
            new SheetSpec("二", [new("C3", "c", Inline: true), new("D3", "1.50", Number: true)]));

        var document = Read(bytes);

        Assert.Equal(["sheet 一", "sheet 二"], document.Grids.Select(g => g.Origin));
        Assert.Equal(("c", "1.5"), (document.Grids[1].At(0, 0)!.Text, document.Grids[1].At(0, 1)!.Text));
        Assert.Equal(new CellOrigin { Sheet = "二", SourceRow = 3, SourceColumn = 3 }, document.Grids[1].At(0, 0)!.Origin);
    }

    [Fact]
    public void Rich_shared_strings_keep_their_runs_and_drop_phonetic_guides()
    {
        var bytes = Build(new SheetSpec("S", [new("A1", "x"), new("B1", "y")]));
        using (var stream = new MemoryStream())
        {
            stream.Write(bytes);
            using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
            {
                var table = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
                var item = table.Elements<SharedStringItem>().First();
                item.RemoveAllChildren();
                item.Append(new Run(new Text("部门")), new Run(new Text("名称")), new PhoneticRun(new Text("bumen")) { BaseTextStartIndex = 0, EndingBaseIndex = 2 });
            }
            bytes = stream.ToArray();
        }

        Assert.Equal("部门名称", Read(bytes).Grids[0].At(0, 0)!.Text);
    }

    [Fact]
    public void A_lone_column_of_text_is_kept_as_the_grid_not_swallowed_by_the_preamble()
    {
        var grid = Assert.Single(Read(Build(new SheetSpec("S", [new("A1", "一"), new("A2", "二")]))).Grids);

        Assert.Empty(grid.Preamble);
        Assert.Equal(2, grid.RowCount);
    }

    [Fact]
    public void A_csv_named_xlsx_is_refused_with_a_reason()
    {
        var csv = Encoding.UTF8.GetBytes("部门名称,广州市天河区妇女联合会\n部门调整预算收入,579.78\n");

        var detected = Assert.Throws<UnreadableDocumentException>(() => FormatDetector.Detect(csv, "seed.xlsx"));
        Assert.Equal(ErrorCodes.UnsupportedFormat, detected.Code);
        Assert.Contains("comma-separated text (a CSV)", detected.Message);

        var read = Assert.Throws<UnreadableDocumentException>(() => Read(csv));
        Assert.Equal(ErrorCodes.BrokenArchive, read.Code);
        Assert.Contains("plain text", read.Message);
    }

    [Fact]
    public void A_workbook_with_no_text_is_refused_with_no_table()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Read(Build(new SheetSpec("S", []))));

        Assert.Equal(ErrorCodes.NoTable, error.Code);
    }

    [Fact]
    public void The_detector_and_registry_send_workbooks_and_documents_to_their_readers()
    {
        var xlsx = Build(new SheetSpec("S", [new("A1", "a")]));
        var docx = OfficeDocuments.Docx(OfficeDocuments.Tbl(1, OfficeDocuments.Tr(OfficeDocuments.Tc("a"))));

        Assert.IsType<XlsxReader>(DocumentReaders.For(FormatDetector.Detect(xlsx, "a.xlsx")));
        Assert.IsType<PerfEval.Extract.Reading.Docx.DocxReader>(DocumentReaders.For(FormatDetector.Detect(docx, "a.docx")));
    }
}
