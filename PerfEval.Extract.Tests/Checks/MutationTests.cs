using PerfEval.Extract.Tests.Support;
using PerfEval.Model;

namespace PerfEval.Extract.Tests.Checks;

/// <summary>
/// Changes one digit of one published figure in the seed and expects an error finding that names the changed cell;
/// the unchanged seed has none. A change in the last stated place of an amount that enters only a sum or a difference
/// lies within the rounding the rules must allow (±½ unit per figure) and is not expected to fire.
/// </summary>
public sealed class MutationTests
{
    private static readonly string Seed = Fixtures.Text("seed", "seed.txt");

    /// <summary>(line, field, the figure as printed) for every figure of the funds block and every task's funds.</summary>
    private static readonly (int Line, int Field, string Raw)[] Figures =
    [
        (8, 3, "579.78"), (8, 5, "708.66"), (9, 3, "579.77"), (9, 5, "-128.88"), (10, 3, "579.77"),
        (11, 3, "100.0%"), (11, 5, "-18.2%"),
    ];

    public static TheoryData<int, int, string, string> FundsMutations()
    {
        var data = new TheoryData<int, int, string, string>();
        foreach (var (line, field, raw) in Figures)
            foreach (var mutated in DigitChanges(raw, skipLastPlaceOfAmounts: true))
                data.Add(line, field, raw, mutated);
        return data;
    }

    [Theory]
    [MemberData(nameof(FundsMutations))]
    public void Changing_a_digit_of_the_funds_block_raises_a_finding_naming_the_cell(int line, int field, string raw, string mutated)
    {
        var result = Run.Result(Replace(Seed, line, field, raw, mutated));
        Assert.Contains(result.Findings, f => f.Cells.Contains(CellOf(line, field)));
    }

    [Theory]
    [InlineData(11, 3, "100.0%", "100.1%", "funds.completion-rate")]
    [InlineData(11, 3, "100.0%", "99.9%", "funds.completion-rate")]
    [InlineData(11, 5, "-18.2%", "-18.3%", "funds.adjustment-rate")]
    [InlineData(11, 5, "-18.2%", "-18.1%", "funds.adjustment-rate")]
    [InlineData(9, 5, "-128.88", "-128.90", "funds.adjustment")]
    [InlineData(8, 3, "579.78", "579.80", "funds.adjustment")]
    [InlineData(10, 3, "579.77", "579.79", "funds.breakdown")]
    [InlineData(10, 3, "579.77", "529.77", "funds.breakdown")]
    [InlineData(9, 3, "579.77", "579.57", "funds.breakdown")]
    [InlineData(9, 3, "579.77", "589.77", "funds.completion-rate")]
    [InlineData(8, 5, "708.66", "708.76", "funds.adjustment")]
    public void The_matching_rule_fires_and_restoring_silences_it(int line, int field, string raw, string mutated, string rule)
    {
        var changed = Run.Result(Replace(Seed, line, field, raw, mutated));
        var finding = Assert.Single(changed.Findings, f => f.Rule == rule);
        // Parts short of their total may be sources left unlisted: a warning; everything else here is an error.
        Assert.Equal(mutated == "529.77" ? Severity.Warning : Severity.Error, finding.Severity);
        Assert.Contains(CellOf(line, field), finding.Cells);
        Assert.NotNull(finding.ExpectedLow);
        Assert.NotNull(finding.ExpectedHigh);

        var restored = Run.Result(Replace(Replace(Seed, line, field, raw, mutated), line, field, mutated, raw));
        Assert.Empty(restored.Findings);
    }

    [Theory]
    [InlineData(15, 6, "15.9", "515.9")]
    [InlineData(30, 6, "40.1", "540.1")]
    [InlineData(35, 6, "6", "600")]
    public void Task_funds_above_the_expenditure_fire_tasks_funds(int line, int field, string raw, string mutated)
    {
        var changed = Run.Result(Replace(Seed, line, field, raw, mutated));
        var finding = Assert.Single(changed.Findings);
        Assert.Equal("tasks.funds", finding.Rule);
        Assert.Contains(CellOf(line, field), finding.Cells);
        Assert.Contains("R3C3", finding.Cells);
        Assert.Empty(Run.Result(Replace(Replace(Seed, line, field, raw, mutated), line, field, mutated, raw)).Findings);
    }

    [Fact]
    public void Actual_expenditure_below_the_tasks_fires_tasks_funds()
    {
        var changed = Run.Result(Replace(Seed, 9, 3, "579.77", "79.77"));
        Assert.Contains(changed.Findings, f => f.Rule == "tasks.funds" && f.Cells.Contains("R3C3"));
    }

    [Fact]
    public void Last_place_changes_within_rounding_stay_silent()
    {
        // 579.79 − 708.66 = −128.87; with ±0.005 on each of the three figures −128.88 is still a possible rounding.
        Assert.Empty(Run.Result(Replace(Seed, 8, 3, "579.78", "579.79")).Findings);
    }

    /// <summary>The grid cell of a seed line and field: lines 1–6 are the preamble and line 29 is a blank line inside the table.</summary>
    private static string CellOf(int line, int field) => $"R{(line > 29 ? line - 7 : line - 6)}C{field}";

    private static IEnumerable<string> DigitChanges(string raw, bool skipLastPlaceOfAmounts)
    {
        var lastDigit = raw.LastIndexOfAny("0123456789".ToCharArray());
        for (var i = 0; i < raw.Length; i++)
        {
            if (!char.IsAsciiDigit(raw[i])) continue;
            if (skipLastPlaceOfAmounts && i == lastDigit && !raw.EndsWith('%')) continue;
            var digit = raw[i] - '0';
            // +5 keeps a leading digit non-zero and moves the figure well outside any rounding.
            var replacement = (char)('0' + (digit + 5) % 10);
            if (i == (raw[0] == '-' ? 1 : 0) && replacement == '0') replacement = '9';
            yield return raw[..i] + replacement + raw[(i + 1)..];
        }
    }

    /// <summary>Replaces the text of one field of one line (both counting from 1), checking that it held the expected figure.</summary>
    private static string Replace(string text, int line, int field, string expected, string replacement)
    {
        var lines = text.Split('\n');
        var fields = lines[line - 1].Split('\t');
        Assert.Equal(expected, fields[field - 1]);
        fields[field - 1] = replacement;
        lines[line - 1] = string.Join('\t', fields);
        return string.Join('\n', lines);
    }
}
