using PerfEval.Extract.Reading;
using Xunit;
using static PerfEval.Extract.Tests.Reading.ReaderFixtures;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>The key property of the readers: the seed in every office format gives the text dump's grid.</summary>
public sealed class SeedGridTests
{
    public static TheoryData<string> SeedFiles => new() { "seed/seed.html", "seed/seed.docx", "seed/seed.xlsx", "seed/seed-formulas.xlsx" };

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Seed_gives_the_text_dump_grid_anchor_for_anchor(string file)
    {
        var dump = Assert.Single(ReadFixture("seed/seed.txt").Grids);
        var grid = Assert.Single(ReadFixture(file).Grids);

        Assert.Equal(33, dump.RowCount);
        Assert.Equal(dump.RowCount, grid.RowCount);
        Assert.Equal(6, grid.ColumnCount);

        var problems = new List<string>();
        foreach (var expected in dump.Cells.Where(c => !c.IsEmpty))
        {
            var actual = grid.At(expected.Row, expected.Column);
            if (actual is null || actual.Row != expected.Row || actual.Column != expected.Column)
                problems.Add($"{expected.Name}: no cell anchored there (dump has \"{expected.Text}\", reader has {actual?.Name ?? "nothing"})");
            else if (Squeeze(actual.Text) != Squeeze(expected.Text))
                problems.Add($"{expected.Name}: \"{actual.Text}\" ≠ dump \"{expected.Text}\"");
        }
        foreach (var extra in grid.Cells.Where(c => !c.IsEmpty))
            if (dump.At(extra.Row, extra.Column) is not { IsEmpty: false } there || there.Row != extra.Row || there.Column != extra.Column)
                problems.Add($"{extra.Name}: reader has \"{extra.Text}\" where the dump has no text");
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        Assert.Equal(["部门整体支出绩效自评表", "单位：万元"], grid.Preamble);
    }

    [Fact]
    public void Seed_with_formulas_shows_the_rates_as_their_percent_format_displays_them()
    {
        var document = ReadFixture("seed/seed-formulas.xlsx");
        var grid = Assert.Single(document.Grids);
        Assert.Equal("100.0%", grid.At(4, 2)!.Text);
        Assert.Equal("-18.2%", grid.At(4, 4)!.Text);
        Assert.Equal("-128.88", grid.At(2, 4)!.Text);
        Assert.Equal(new CellOrigin { Sheet = "Sheet1", SourceRow = 7, SourceColumn = 3 }, grid.At(4, 2)!.Origin);
        Assert.Empty(document.Notes);
    }

    [Fact]
    public void Seed_docx_merges_follow_the_vertical_merges_and_grid_spans()
    {
        var grid = Assert.Single(ReadFixture("seed/seed.docx").Grids);
        var funds = grid.At(1, 0)!;
        Assert.Equal(("部门资金情况", 4, 1), (funds.Text, funds.RowSpan, funds.ColumnSpan));
        var task1Funds = grid.At(8, 5)!;
        Assert.Equal(("15.9", 4, 1), (task1Funds.Text, task1Funds.RowSpan, task1Funds.ColumnSpan));
        Assert.Equal(("2021年", 1), (grid.At(0, 5)!.Text, grid.At(0, 5)!.RowSpan));
        Assert.Equal(new CellOrigin { Table = 1, SourceRow = 2, SourceColumn = 5 }, grid.At(1, 4)!.Origin);
        Assert.Equal(2, grid.At(1, 4)!.ColumnSpan);
    }

    [Fact]
    public void Seed_html_spans_match_the_markup()
    {
        var grid = Assert.Single(ReadFixture("seed/seed.html").Grids);
        Assert.Equal((4, 1), (grid.At(1, 0)!.RowSpan, grid.At(1, 0)!.ColumnSpan));
        Assert.Equal((1, 3), (grid.At(3, 3)!.RowSpan, grid.At(3, 3)!.ColumnSpan));
        Assert.True(grid.At(3, 3)!.IsEmpty);
        Assert.Equal(new CellOrigin { Table = 1, SourceRow = 4, SourceColumn = 3 }, grid.At(3, 3)!.Origin);
        Assert.Equal("utf-8", ReadFixture("seed/seed.html").Encoding);
    }
}
