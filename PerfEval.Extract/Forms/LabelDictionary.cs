using System.Text;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Every wording of a label that PerfEval knows, mapped to its <see cref="FieldKey"/>. Labels are compared after
/// <see cref="Normalize"/>: width folded, white space and trailing colons removed, and a trailing parenthesised note
/// such as (A) or (万元) tried off as well. New regional wordings are added here, in one place.
/// </summary>
public sealed partial class LabelDictionary
{
    /// <summary>
    /// Characters that OCR confuses in these forms (项Fl for 项目, 预匏 for 预算, 第位 for 单位): a label read through one
    /// of them is still the label. Only labels are repaired this way; values keep their text.
    /// Declared before <see cref="Default"/>: static initializers run in text order.
    /// </summary>
    public static IReadOnlyList<(string Right, string Wrong)> OcrConfusions { get; } =
    [
        ("项目", "项Fl"), ("项目", "顼目"), ("预算", "预匏"), ("单位", "第位"), ("预算数", "预算将"), ("万元", "万兀"),
        ("指标", "指杯"), ("(A)", "(八)"), ("审核", "审1度"),
    ];

    public static LabelDictionary Default { get; } = new(new Dictionary<FieldKey, string[]>
    {
        [FieldKey.DepartmentName] = ["部门名称", "部门(单位)名称", "单位名称", "部门单位名称", "预算部门名称"],
        [FieldKey.EvaluatedYear] = ["被评价年度", "评价年度", "自评年度", "年度"],
        [FieldKey.FundsSection] = ["部门资金情况", "部门预算资金情况", "资金情况"],
        [FieldKey.AdjustedBudget] = ["部门调整预算收入", "部门调整预算", "调整预算收入", "调整后预算数", "调整预算数", "全年预算数", "全年预算"],
        [FieldKey.InitialBudget] = ["部门年初预算收入", "部门年初预算", "年初预算收入", "年初预算数", "年初预算"],
        [FieldKey.ActualExpenditure] = ["实际支出数", "实际支出", "全年执行数", "预算执行数", "全年实际支出数"],
        [FieldKey.BudgetAdjustment] = ["年度预算调整数", "预算调整数", "年度预算调整"],
        [FieldKey.CompletionRate] = ["预算完成率", "预算执行率", "执行率"],
        [FieldKey.AdjustmentRate] = ["预算调整率"],
        [FieldKey.AnnualGoalSection] = ["年度目标", "年度总体目标", "部门年度目标", "项目年度目标完成情况"],
        [FieldKey.ExpectedGoal] = ["部门整体支出的预期目标", "预期目标", "年初设定目标", "年度预期目标", "项目年度目标"],
        [FieldKey.AchievedGoal] = ["部门整体支出的目标完成情况", "目标完成情况", "实际完成情况", "年度总体目标完成情况", "目标实际完成情况", "年度目标完成情况"],
        [FieldKey.ImplementationSummary] = ["项目实施内容及过程概述", "项目实施情况"],
        [FieldKey.ProjectOverviewSection] = ["项目基本情况"],
        [FieldKey.TasksSection] = ["主要任务", "年度主要任务"],
        [FieldKey.KeyIndicator] = ["关键指标"],
        [FieldKey.IndicatorCompletion] = ["指标完成情况"],
        [FieldKey.TaskFunds] = ["任务涉及资金", "涉及资金"],
        [FieldKey.KeyProjects] = ["重点项目绩效情况"],
        [FieldKey.OverallPerformance] = ["部门整体绩效", "部门整体绩效情况"],
        [FieldKey.Problems] = ["存在问题", "存在的问题", "主要问题"],
        [FieldKey.Improvements] = ["改进措施或下一步计划", "改进措施", "下一步计划", "下一步改进措施", "改进措施及结果应用"],
        [FieldKey.Conclusion] = ["评价结论", "自评结论", "总体评价结论"],
        [FieldKey.ProjectName] = ["项目名称"],
        [FieldKey.SupervisingDepartment] = ["主管部门", "主管部门及代码", "主管单位"],
        [FieldKey.Implementer] = ["实施单位", "项目实施单位"],
        [FieldKey.ProjectFundsSection] = ["项目资金", "预算执行情况", "年度预算数", "部门(单位)总体资金", "项目资金情况"],
        [FieldKey.Weight] = ["分值", "权重", "指标分值", "分值(参考值)", "考值参分"],
        [FieldKey.Score] = ["得分", "评分"],
        [FieldKey.DeviationReason] = ["偏差原因分析及改进措施", "未完成原因分析", "未完成原因分析及改进措施", "原因", "偏差原因", "得分计算方法"],
        [FieldKey.FundsSourceHeader] = ["资金来源"],
        [FieldKey.FundsTotal] = ["年度资金总额", "资金总额", "总额"],
        [FieldKey.SourceCurrentYear] = ["本年财政拨款", "当年财政拨款", "财政拨款"],
        [FieldKey.SourceFiscal] = ["财政资金"],
        [FieldKey.SourceSpecialAccount] = ["财政专户管理资金"],
        [FieldKey.SourceUnit] = ["单位资金"],
        [FieldKey.SourceCarryOver] = ["上年结转资金", "上年结转"],
        [FieldKey.SourceOther] = ["其他资金"],
        [FieldKey.BasicExpenditure] = ["基本支出"],
        [FieldKey.ProjectExpenditure] = ["项目支出"],
        [FieldKey.OtherRow] = ["其他"],
        [FieldKey.IndicatorsSection] = ["绩效指标", "年度绩效指标"],
        [FieldKey.Level1Header] = ["一级指标"],
        [FieldKey.Level2Header] = ["二级指标"],
        [FieldKey.Level3Header] = ["三级指标"],
        [FieldKey.Nature] = ["指标性质"],
        [FieldKey.TargetValue] = ["年度指标值", "指标值", "目标值"],
        [FieldKey.MeasureUnit] = ["度量单位", "计量单位"],
        [FieldKey.ActualValue] = ["实际完成值", "完成值", "全年实际值", "实际值"],
        [FieldKey.Level1Name] = ["产出指标", "效益指标", "满意度指标", "项目决策", "项目管理", "项目产出", "项目效益"],
        [FieldKey.Level2Name] =
        [
            "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
            "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
            // The 决策/过程 half of the 2020 framework, and Ningxia's 决策/管理 groups.
            "项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "产出时效", "产出成本",
            "项目目标", "投入管理", "财务管理", "项目实施",
        ],
        [FieldKey.TotalScore] = ["总分", "合计", "总计", "自评总分", "自评得分"],
        [FieldKey.ReviewScore] = ["财政审核评分", "财政评分", "审核评分"],
        [FieldKey.StaffSection] = ["财政供养人员情况", "人员控制情况"],
        [FieldKey.StaffQuota] = ["编制数", "核定编制数"],
        [FieldKey.StaffActual] = ["实际在职人数", "年末实际在职人数", "在职人数"],
        [FieldKey.StaffControlRate] = ["控制率", "在职人员控制率"],
        [FieldKey.ExpenseControlSection] = ["经费控制情况"],
        [FieldKey.ThreePublicExpenses] = ["三公经费", "“三公”经费", "\"三公\"经费"],
        [FieldKey.PublicExpenses] = ["公用经费"],
        [FieldKey.GovernmentProcurement] = ["政府采购金额"],
        [FieldKey.DepartmentBudgetAdjustment] = ["部门整体支出预算调整"],
        [FieldKey.FinalAccounts] = ["决算数"],
        [FieldKey.BudgetColumn] = ["预算数"],
        [FieldKey.Criterion] = ["评价标准", "评分标准"],
        [FieldKey.Explanation] = ["指标说明", "评分说明"],
    });

    private readonly Dictionary<string, FieldKey> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldKey> _byOcrVariant = new(StringComparer.Ordinal);

    public LabelDictionary(IReadOnlyDictionary<FieldKey, string[]> wordings)
    {
        Wordings = wordings;
        foreach (var (key, labels) in wordings)
            foreach (var label in labels)
                _byLabel.Add(Normalize(label), key);
        foreach (var (label, key) in _byLabel)
            foreach (var (right, wrong) in OcrConfusions)
                if (label.Contains(right, StringComparison.Ordinal))
                    _byOcrVariant.TryAdd(label.Replace(right, wrong, StringComparison.Ordinal), key);
    }

    /// <summary>Every normalized wording with its key, OCR variants included, longest first: for finding labels inside run-together text.</summary>
    public IReadOnlyList<(string Wording, FieldKey Key)> AllWordings() =>
        _allWordings ??= _byLabel.Select(p => (p.Key, p.Value)).Concat(_byOcrVariant.Select(p => (p.Key, p.Value)))
            .OrderByDescending(p => p.Item1.Length).ThenBy(p => p.Item1, StringComparer.Ordinal).ToList();

    private IReadOnlyList<(string Wording, FieldKey Key)>? _allWordings;

    /// <summary>All wordings by key, for documentation and the output's list of what is known.</summary>
    public IReadOnlyDictionary<FieldKey, string[]> Wordings { get; }

    /// <summary>The key a cell's text names, if it is a known label. "其中：…" is <see cref="FieldKey.OfWhich"/>.</summary>
    public FieldKey? Lookup(string text)
    {
        var label = Normalize(text);
        if (label.Length == 0) return null;
        if (_byLabel.TryGetValue(label, out var key) || _byOcrVariant.TryGetValue(label, out key)) return key;
        var stripped = StripNote(label);
        if (stripped != label && (_byLabel.TryGetValue(stripped, out key) || _byOcrVariant.TryGetValue(stripped, out key))) return key;
        // A year before a label dates a column ("2018年预算数", "2018年实际在职人数"); the label is what follows.
        if (YearPrefix().Match(label) is { Success: true } year && year.Length < label.Length
            && Lookup(label[year.Length..]) is { } dated and not FieldKey.OfWhich and not FieldKey.FormTitle) return dated;
        // A numbered label ("2.项目实施内容及过程概述", "1、公务用车购置") is the label after its number.
        if (NumberPrefix().Match(label) is { Success: true } number && number.Length < label.Length
            && Lookup(label[number.Length..]) is { } numbered and not FieldKey.OfWhich and not FieldKey.FormTitle) return numbered;
        if (label.StartsWith("其中", StringComparison.Ordinal)) return FieldKey.OfWhich;
        if (label.EndsWith("自评表", StringComparison.Ordinal) || label.Contains("自评表(", StringComparison.Ordinal)
            || (label.Contains("绩效", StringComparison.Ordinal) && (label.EndsWith("基础数据表", StringComparison.Ordinal) || label.EndsWith("评价指标表", StringComparison.Ordinal))))
            return FieldKey.FormTitle;
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

    /// <summary>
    /// Drops one trailing parenthesised note: 年初预算数(A) → 年初预算数, 分值(10分) → 分值; also a column letter whose
    /// brackets OCR misread (调整预算数,A、).
    /// </summary>
    private static string StripNote(string label)
    {
        if (DamagedColumnLetter().Match(label) is { Success: true } damaged && damaged.Index > 0) return label[..damaged.Index];
        if (!label.EndsWith(')')) return label;
        var open = label.LastIndexOf('(');
        return open > 0 ? label[..open] : label;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[,(][A-Z][、,)]?$")]
    private static partial System.Text.RegularExpressions.Regex DamagedColumnLetter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,2}[.、]")]
    private static partial System.Text.RegularExpressions.Regex NumberPrefix();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(19|20)[0-9]{2}年(度)?")]
    private static partial System.Text.RegularExpressions.Regex YearPrefix();
}
