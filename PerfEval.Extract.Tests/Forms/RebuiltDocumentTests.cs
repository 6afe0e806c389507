using PerfEval.Extract.Tests.Support;
using PerfEval.Extract.Writing;

namespace PerfEval.Extract.Tests.Forms;

/// <summary>
/// Each corpus table rebuilt as the document its unit published (web page, Word file) reads to the same model as its
/// flattened capture: the same figures, texts, tree and findings. Only what depends on the source differs — where a
/// value was, the capture's stray text (document metadata) and the notes about reading it.
/// </summary>
public sealed class RebuiltDocumentTests
{
    private static readonly string[] CaptureSpecificKeys = ["source", "location", "notes", "cell", "cells", "unrecognized"];

    [Theory]
    [InlineData("01-daying-sifa-ankexiti-2023", "html")]
    [InlineData("02-suiyang-taibai-dept-2021", "html")]
    [InlineData("05-chizhou-guichi-tangxi-weituo-2022", "docx")]
    [InlineData("10-langfang-shipin-xuexiao-nuantong-2019", "html")]
    public void The_published_document_reads_as_its_capture(string name, string extension)
    {
        var capture = Run.Extract(Fixtures.Bytes("real", name, name + ".txt"), name + ".txt").Result!;
        var document = Run.Extract(Fixtures.Bytes("real", name, $"{name}.{extension}"), $"{name}.{extension}").Result!;
        JsonCompare.AssertEqual(JsonOutput.Serialize(capture), JsonOutput.Serialize(document), CaptureSpecificKeys);
    }

    [Fact]
    public void The_ocr_capture_reads_as_its_document_but_for_what_ocr_scrambled()
    {
        const string name = "07-yinchuan-liuzhong-gongyong-2021-ocr";
        var capture = Run.Extract(Fixtures.Bytes("real", name, name + ".txt"), name + ".txt").Result!;
        var document = Run.Extract(Fixtures.Bytes("real", name, name + ".docx"), name + ".docx").Result!;
        var differences = JsonCompare.Differences(System.Text.Json.Nodes.JsonNode.Parse(JsonOutput.Serialize(capture)),
            System.Text.Json.Nodes.JsonNode.Parse(JsonOutput.Serialize(document)), CaptureSpecificKeys);
        // The whole indicator tree, the funds and the header read alike. The capture's OCR put 银川市第六中学 after
        // 财政审核评分, away from 实施单位: it is read as the unit by elimination, and marked so. It also split ",A、" off
        // the column label as debris.
        Assert.Equal(["$.project.funds.columns[1].label", "$.project.implementer.ambiguous"], differences.Select(d => d[..d.IndexOf(':')]).Order(StringComparer.Ordinal));
        Assert.Equal("调整预算将", capture.Project!.Funds!.Columns[1].Label);
        Assert.Equal("调整预算将,A、", document.Project!.Funds!.Columns[1].Label);
        Assert.Equal(("银川市第六中学", true), (capture.Project.Implementer!.Name, capture.Project.Implementer.Ambiguous));
        Assert.Null(document.Project.Implementer!.Ambiguous);
        Assert.Contains(capture.Notes, n => n.Code == "ambiguous-order" && n.Message.Contains("银川市第六中学", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sichuan_form_reads_its_goal_headers_side_by_side_and_its_implementation_summary()
    {
        const string name = "01-daying-sifa-ankexiti-2023";
        var result = Run.Result(Fixtures.Text("real", name, name + ".txt"));
        var project = result.Project!;
        Assert.Equal("51092324T000010263357", project.NameCode);
        Assert.Equal(("根据要求购买安可设备,并完成项目资金支付。", "完成"), (project.AnnualGoal!.Expected!.Text, project.AnnualGoal.Achieved!.Text));
        Assert.Equal("implementation", Assert.Single(project.Narratives).Key);
        // The tail of the page's previous table stays unrecognized, with a note saying why.
        Assert.Contains(result.Notes, n => n.Code == "preceding-table");
        Assert.Contains(result.Unrecognized, u => u.Text == "成本控制数");
    }

    [Fact]
    public void The_ocr_damaged_yinchuan_table_reads_from_its_document()
    {
        const string name = "07-yinchuan-liuzhong-gongyong-2021-ocr";
        var result = Run.Extract(Fixtures.Bytes("real", name, name + ".docx"), name + ".docx").Result!;
        var project = result.Project!;
        Assert.Equal("初中公用经费", project.Name!.Text);
        Assert.Equal(98m, project.TotalScore!.Value);
        // 项目决策(10分) 项目管理(25分) 项目产出(30分) 项目效益(35分): with 服务对象满意度指标(10分) a 二级 of 项目效益,
        // every group's indicators add up to its stated points (the last group is cut off in the capture).
        Assert.Equal([10m, 25m, 30m, 35m], project.IndicatorGroups.Select(g => g.StatedPoints!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Rule == "indicators.weights");
        Assert.Equal([4m, 2m, 2m, 2m], project.IndicatorGroups[0].Indicators.Select(i => i.Weight!.Value));
        Assert.Contains(result.Notes, n => n.Message.Contains("\"IO\""));
    }
}

/// <summary>The Yinchuan capture is OCR text with nothing between its cells: what its labels make readable is read.</summary>
public sealed class RunTogetherCaptureTests
{
    private const string Name = "07-yinchuan-liuzhong-gongyong-2021-ocr";

    private static IReadOnlyList<PerfEval.Extract.Forms.Token> Tokens(string text)
    {
        var grid = new PerfEval.Extract.Reading.TextDumpReader().Read(System.Text.Encoding.UTF8.GetBytes(text), PerfEval.Extract.Reading.ReaderOptions.Default).Grids[0];
        return PerfEval.Extract.Forms.TokenSequence.From(grid, PerfEval.Extract.Forms.LabelDictionary.Default);
    }

    [Fact]
    public void Words_that_name_a_level_two_inside_the_tree_are_ordinary_words_in_the_goal()
    {
        var text = Fixtures.Text("real", Name, Name + ".txt");
        var changed = text.Replace("保障学校正常工作运行", "保障学校正常工作运行,加强财务管理,确保项目实施顺利", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        var project = Run.Result(changed).Project!;
        Assert.Equal("保障学校正常工作运行,加强财务管理,确保项目实施顺利", project.AnnualGoal!.Expected!.Text);
        Assert.Equal("财务管理", project.IndicatorGroups[1].Indicators[1].Level2!.Text);
    }

    [Fact]
    public void Pages_are_joined_in_their_order_and_a_list_number_is_no_page()
    {
        var text = Fixtures.Text("real", Name, Name + ".txt");
        // 社会效益 | 3、指标效果显著: the page break cut the 二级 label, and the stream joins it again.
        Assert.Contains(Tokens(text), t => t.Text == "社会效益指标" && t.Cells.Count == 2);
        // "2、" after page 3 numbers an item of the text: it does not continue the line before it.
        var listed = Tokens(text + "\n存在问题1、部分资金拨付不够及时改进措施加强资金拨付管理\n2、下一步将细化目标设置");
        Assert.DoesNotContain(listed, t => t.Text.Contains("管理下一步", StringComparison.Ordinal));
        // A first page that lost its "1、" still begins the stream that "2、" and "3、" continue.
        var unmarked = Tokens(text.Replace("\n1、银川市", "\n银川市", StringComparison.Ordinal));
        Assert.Contains(unmarked, t => t.Text == "社会效益指标" && t.Cells.Count == 2);
        // The host's metadata line before page 1 is not joined to it.
        Assert.Contains(Tokens(text), t => t.Text.StartsWith("《银川市", StringComparison.Ordinal) && t.Text.EndsWith("搜索。", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_funds_and_score_come_out_of_run_together_ocr_text()
    {
        var result = Run.Result(Fixtures.Text("real", Name, Name + ".txt"));
        var project = result.Project!;
        Assert.Equal("初中公用经费", project.Name!.Text);
        Assert.Equal("银川市教育局", project.Department!.Name);
        Assert.Equal(98m, project.TotalScore!.Value);
        Assert.Equal("(万兀)", result.Unit!.Raw);
        var total = Assert.Single(project.Funds!.Rows);
        Assert.Equal(["64.8", "64.8", "64.8", "100%"], total.Cells.Select(c => c.Figure.Raw));
        Assert.Contains(result.Notes, n => n.Code == "fused-figures");
        // Every row is split, also where a weight runs into a figure (保障人数10|2370人), a score is OCR's "IO" for 10, or a
        // page break cut the 二级 社会效益|指标 in two. The tree is not whole, so nothing is summed over it.
        Assert.Equal([("项目决策", 4), ("项目管理", 4), ("顼目产出", 6), ("项目效益", 3)],
            project.IndicatorGroups.Select(g => (g.Name.Text, g.Indicators.Count)));
        var decision = project.IndicatorGroups[0];
        Assert.Equal([("项目目标", "完整性", 4m, 4m), ("项目立项", "相关性", 2m, 2m), ("项目立项", "可行性", 2m, 2m), ("项目立项", "适当性", 2m, 2m)],
            decision.Indicators.Select(i => (i.Level2!.Text, i.Name.Text, i.Weight!.Value, i.Score!.Value)));
        Assert.Equal(("一", "目标明确、内容细化、目标量化"), (decision.Indicators[0].Target!.Raw, decision.Indicators[0].Actual!.Raw));
        var budget = project.IndicatorGroups[1].Indicators.Single(i => i.Name.Text == "预算执行率");
        Assert.Equal((10m, 9m, "100%"), (budget.Weight!.Value, budget.Score!.Value, budget.Actual!.Raw));
        var people = project.IndicatorGroups[2].Indicators[0];
        Assert.Equal(("保障人数", 10m, "IO", 10m, "2370人", 2370m), (people.Name.Text, people.Weight!.Value, people.Score!.Raw, people.Score.Value, people.Target!.Raw, people.Actual!.Number));
        Assert.Equal(("社会效益指标", "效果显著", 15m, 13m), project.IndicatorGroups[3].Indicators.Select(i => (i.Level2!.Text, i.Name.Text, i.Weight!.Value, i.Score!.Value)).First());
        Assert.DoesNotContain(result.Notes, n => n.Code == "rows-not-split");
        Assert.Contains(result.Notes, n => n.Code == "ocr-digits");
        Assert.NotEqual(true, project.IndicatorTreeClosed);
        // The printed 自评得分 98 is more than the cut tree can reach (see ProjectRuleTests).
        Assert.Equal(["indicators.total", "document.truncated"], result.Findings.Where(f => f.Severity == PerfEval.Model.Severity.Error).Select(f => f.Rule));
    }
}

/// <summary>A label left blank keeps no value: stray text further on is taken for it only in OCR text, and only if it names a unit.</summary>
public sealed class BlankHeaderTests
{
    [Fact]
    public void A_blank_implementer_in_a_clean_capture_takes_no_stray_text()
    {
        var result = Run.Extract(Fixtures.Bytes("flattened", "blank-implementer-lines.txt"), "blank-implementer-lines.txt").Result!;
        Assert.Null(result.Project!.Implementer);
        Assert.Equal("池州市贵池区棠溪镇人民政府", result.Project.Department!.Name);
        Assert.Contains(result.Unrecognized, u => u.Text == "（盖章）");
    }
}

/// <summary>财政审核评分, the finance bureau's score beside the self-assessed one: read when filled in, never invented.</summary>
public sealed class ReviewScoreTests
{
    private const string Name = "07-yinchuan-liuzhong-gongyong-2021-ocr";

    [Fact]
    public void A_blank_review_score_stays_null_and_a_filled_one_is_read()
    {
        var text = Fixtures.Text("real", Name, Name + ".txt");
        Assert.Null(Run.Result(text).Project!.ReviewScore);
        var filled = text.Replace("财政审1度评分银川市", "财政审1度评分96银川市", StringComparison.Ordinal);
        Assert.NotEqual(text, filled);
        var project = Run.Result(filled).Project!;
        Assert.Equal((96m, "96"), (project.ReviewScore!.Value, project.ReviewScore.Raw));
        Assert.Equal(98m, project.TotalScore!.Value);
        Assert.Equal("银川市第六中学", project.Implementer!.Name);
    }
}

/// <summary>The seed captured without its structure reads to the seed's model.</summary>
public sealed class FlattenedSeedTests
{
    private static readonly string[] StructureKeys = ["source", "location", "notes", "cell", "cells", "unrecognized"];

    [Fact]
    public void Rows_kept_as_piped_lines_read_as_the_seed()
    {
        var seed = Run.Extract(Fixtures.Bytes("seed", "seed.txt"), "seed.txt").Result!;
        var piped = Run.Extract(Fixtures.Bytes("flattened", "seed-piped.txt"), "seed-piped.txt").Result!;
        JsonCompare.AssertEqual(JsonOutput.Serialize(seed), JsonOutput.Serialize(piped), StructureKeys);
    }

    [Fact]
    public void One_cell_per_line_reads_as_the_seed_but_for_what_columns_told()
    {
        var seed = Run.Extract(Fixtures.Bytes("seed", "seed.txt"), "seed.txt").Result!;
        var lines = Run.Extract(Fixtures.Bytes("flattened", "seed-lines.txt"), "seed-lines.txt").Result!;
        var differences = JsonCompare.Differences(System.Text.Json.Nodes.JsonNode.Parse(JsonOutput.Serialize(seed)),
            System.Text.Json.Nodes.JsonNode.Parse(JsonOutput.Serialize(lines)), StructureKeys);
        Assert.Equal(["$.department.funds.breakdown[0].partOf: expected \"actualExpenditure\" but was \"total\""], differences);
        Assert.Contains(lines.Notes, n => n.Code == "ambiguous-order");
        Assert.Empty(lines.Unrecognized);
        Assert.Empty(lines.Findings);
    }
}

/// <summary>A page holding several tables: the self-evaluation table is found among them, and the output says which.</summary>
public sealed class TableChoiceTests
{
    [Fact]
    public void The_form_is_picked_from_a_page_of_several_tables()
    {
        var seed = Fixtures.Text("seed", "seed.html");
        var other = "<p>2021年度收入支出决算总表</p><table><tr><td>项目</td><td>决算数</td></tr><tr><td>一般公共预算财政拨款收入</td><td>579.77</td></tr></table>";
        var page = seed.Replace("<body>", "<body>" + other, StringComparison.Ordinal);
        Assert.NotEqual(seed, page);
        var result = Run.Extract(System.Text.Encoding.UTF8.GetBytes(page), "report.html").Result!;
        Assert.Equal("table 2", result.Source.Table);
        Assert.Contains(result.Notes, n => n.Code == "table-chosen" && n.Message.Contains("table 2"));
        Assert.Equal(579.78m, result.Department!.Funds!.AdjustedBudget!.Value);
        Assert.Empty(result.Findings);
    }
}
