using System.Text;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Every wording of a label that PerfEval knows, mapped to its <see cref="FieldKey"/>. Labels are compared after
/// <see cref="Normalize"/>: width folded, white space and trailing colons removed, and a trailing parenthesised note
/// such as (A) or (万元) tried off as well. New regional wordings are added here, in one place.
/// </summary>
public sealed class LabelDictionary
{
    public static LabelDictionary Default { get; } = new(new Dictionary<FieldKey, string[]>
    {
        [FieldKey.DepartmentName] = ["部门名称", "部门(单位)名称", "单位名称", "部门单位名称", "预算部门名称"],
        [FieldKey.EvaluatedYear] = ["被评价年度", "评价年度", "自评年度", "年度"],
        [FieldKey.FundsSection] = ["部门资金情况", "部门(单位)总体资金", "部门预算资金情况", "资金情况"],
        [FieldKey.AdjustedBudget] = ["部门调整预算收入", "部门调整预算", "调整预算收入", "调整后预算数", "调整预算数", "全年预算数", "全年预算"],
        [FieldKey.InitialBudget] = ["部门年初预算收入", "部门年初预算", "年初预算收入", "年初预算数", "年初预算"],
        [FieldKey.ActualExpenditure] = ["实际支出数", "实际支出", "全年执行数", "预算执行数", "全年实际支出数"],
        [FieldKey.BudgetAdjustment] = ["年度预算调整数", "预算调整数", "年度预算调整"],
        [FieldKey.CompletionRate] = ["预算完成率", "预算执行率", "执行率"],
        [FieldKey.AdjustmentRate] = ["预算调整率"],
        [FieldKey.AnnualGoalSection] = ["年度目标", "年度总体目标", "部门年度目标"],
        [FieldKey.ExpectedGoal] = ["部门整体支出的预期目标", "预期目标", "年初设定目标", "年度预期目标"],
        [FieldKey.AchievedGoal] = ["部门整体支出的目标完成情况", "目标完成情况", "实际完成情况", "年度总体目标完成情况", "目标实际完成情况"],
        [FieldKey.TasksSection] = ["主要任务", "年度主要任务"],
        [FieldKey.KeyIndicator] = ["关键指标"],
        [FieldKey.IndicatorCompletion] = ["指标完成情况"],
        [FieldKey.TaskFunds] = ["任务涉及资金", "涉及资金"],
        [FieldKey.KeyProjects] = ["重点项目绩效情况"],
        [FieldKey.OverallPerformance] = ["部门整体绩效", "部门整体绩效情况"],
        [FieldKey.Problems] = ["存在问题", "存在的问题", "主要问题"],
        [FieldKey.Improvements] = ["改进措施或下一步计划", "改进措施", "下一步计划", "下一步改进措施", "改进措施及结果应用"],
    });

    private readonly Dictionary<string, FieldKey> _byLabel = new(StringComparer.Ordinal);

    public LabelDictionary(IReadOnlyDictionary<FieldKey, string[]> wordings)
    {
        Wordings = wordings;
        foreach (var (key, labels) in wordings)
            foreach (var label in labels)
                _byLabel.Add(Normalize(label), key);
    }

    /// <summary>All wordings by key, for documentation and the output's list of what is known.</summary>
    public IReadOnlyDictionary<FieldKey, string[]> Wordings { get; }

    /// <summary>The key a cell's text names, if it is a known label. "其中：…" is <see cref="FieldKey.OfWhich"/>.</summary>
    public FieldKey? Lookup(string text)
    {
        var label = Normalize(text);
        if (label.Length == 0) return null;
        if (_byLabel.TryGetValue(label, out var key)) return key;
        var stripped = StripNote(label);
        if (stripped != label && _byLabel.TryGetValue(stripped, out key)) return key;
        if (label.StartsWith("其中", StringComparison.Ordinal)) return FieldKey.OfWhich;
        return null;
    }

    /// <summary>The part of a 其中 label after 其中 and its colon: "一般公共预算" for "其中：一般公共预算".</summary>
    public static string OfWhichName(string text)
    {
        var label = Normalize(text);
        return label.StartsWith("其中", StringComparison.Ordinal) ? label[2..].TrimStart(':') : label;
    }

    /// <summary>Full-width forms folded to ASCII, white space removed, trailing colons removed.</summary>
    public static string Normalize(string text)
    {
        var folded = Width.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (!char.IsWhiteSpace(ch) && ch != '\u200B') builder.Append(ch);
        while (builder.Length > 0 && builder[^1] is ':' or '：') builder.Length--;
        return builder.ToString();
    }

    /// <summary>Drops one trailing parenthesised note: 年初预算数(A) → 年初预算数, 分值(10分) → 分值.</summary>
    private static string StripNote(string label)
    {
        if (!label.EndsWith(')')) return label;
        var open = label.LastIndexOf('(');
        return open > 0 ? label[..open] : label;
    }
}
