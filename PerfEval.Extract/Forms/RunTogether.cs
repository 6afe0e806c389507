using System.Text.RegularExpressions;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Splits a cell whose text is many cells run together with nothing between them (OCR output, text pasted from a
/// form: "项目名称初中公用经费主管部门银川市教育局…") at the known labels it contains: each label becomes a token, and
/// the text between two labels one value token. A label's stated points or symbol ("(10分)", "(B/A)") stay with it.
/// Only long cells holding several labels are split, so that a label word inside ordinary text is left alone.
/// </summary>
public static partial class RunTogether
{
    private const int MinimumLength = 30;
    // Prose that mentions a few labels (a note explaining 预算执行率 = 预算执行数 / 调整后预算数) is not a run-together row.
    public const int MinimumLabels = 6;

    public const int MaximumLength = 20_000;

    /// <summary>Labels enough to split a cell once the document is known to be run together.</summary>
    public const int MinimumLabelsInRunTogetherDocument = 2;

    /// <param name="minimumLabels">
    /// How many labels make a cell run-together: many for the first such cell of a document, fewer for the cells of a
    /// document already known to be captured that way (its later pages hold fewer header labels).
    /// </param>
    public static IReadOnlyList<Token>? Split(GridCell cell, LabelDictionary labels, int minimumLabels = MinimumLabels) =>
        Split([cell], labels, minimumLabels);

    /// <summary>
    /// Splits the text of <paramref name="cells"/> read as one stream: the pages of a capture, each after the first
    /// without its page marker ("3、"), since a page break may cut a label in two (社会效益 | 3、指标效果显著…).
    /// </summary>
    public static IReadOnlyList<Token>? Split(IReadOnlyList<GridCell> cells, LabelDictionary labels, int minimumLabels = MinimumLabels)
    {
        var stream = new System.Text.StringBuilder();
        var starts = new int[cells.Count];
        for (var c = 0; c < cells.Count; c++)
        {
            starts[c] = stream.Length;
            var cellText = cells[c].Text;
            stream.Append(c == 0 ? cellText : cellText[PageMarker(cellText)..]);
        }
        var original = stream.ToString();
        // The cells a piece of the stream came from: a piece across a page break belongs to both.
        IReadOnlyList<GridCell> CellsOf(int start, int end)
        {
            var from = Array.FindLastIndex(starts, s => s <= start);
            var to = Array.FindLastIndex(starts, s => s < end);
            return from == to ? [cells[from]] : cells.Skip(from).Take(to - from + 1).ToList();
        }
        var text = Width.Fold(original);
        // Longer than any form's text: not split (the label scan is linear per position, but not free).
        if (text.Length < MinimumLength || text.Length > MaximumLength || text.Contains(' ')) return null;
        var pieces = new List<(int Start, int End, FieldKey? Key)>();
        var valueStart = 0;
        var lastWasLabel = false;
        // A form title runs up to 自评表 and its parenthesised year: it holds label words (项目支出) that are not labels.
        if (FormTitle(text) is var (titleStart, titleEnd))
        {
            if (titleStart > 0) pieces.Add((0, titleStart, null));
            pieces.Add((titleStart, titleEnd, FieldKey.FormTitle));
            valueStart = titleEnd;
            lastWasLabel = true;
        }
        var byFirst = ByFirstCharacter(labels);
        var insideTree = false;
        for (var p = valueStart; p < text.Length;)
        {
            (string Wording, FieldKey Key) match = default;
            if (byFirst.TryGetValue(text[p], out var candidates))
                foreach (var w in candidates)
                    if ((w.Wording.Length >= 3 || (lastWasLabel && p == valueStart) || IsTwoCharacterHeader(w.Wording))
                        && string.CompareOrdinal(text, p, w.Wording, 0, w.Wording.Length) == 0)
                    {
                        match = w;
                        break;
                    }
            // The 二级 names of the 决策/管理 half (财务管理, 项目实施 …) are ordinary words of goals and narratives: they
            // are labels only inside the indicator tree.
            if (match.Wording is not null && match.Key == FieldKey.Level2Name && !match.Wording.EndsWith("指标", StringComparison.Ordinal) && !insideTree)
                match = default;
            if (match.Wording is null)
            {
                p++;
                lastWasLabel = lastWasLabel && p == valueStart;
                continue;
            }
            if (match.Key is FieldKey.Level1Header or FieldKey.Level1Name or FieldKey.Level2Header or FieldKey.Level3Header) insideTree = true;
            else if (FormLabels.Narratives.ContainsKey(match.Key) || match.Key is FieldKey.AnnualGoalSection or FieldKey.ExpectedGoal or FieldKey.AchievedGoal) insideTree = false;
            // A label written twice in a row: the second begins a name (二级 财务管理 | 三级 财务管理制度有效性).
            if (lastWasLabel && p == valueStart && pieces.Count > 0 && pieces[^1].Key == match.Key
                && pieces[^1].End - pieces[^1].Start == match.Wording.Length && string.CompareOrdinal(text, pieces[^1].Start, match.Wording, 0, match.Wording.Length) == 0)
            {
                p += match.Wording.Length;
                lastWasLabel = false;
                continue;
            }
            if (p > valueStart) pieces.Add((valueStart, p, null));
            var end = p + match.Wording.Length;
            if (end < text.Length && text[end] == '(')
            {
                var suffix = LabelSuffix().Match(text, end);
                if (suffix.Success && suffix.Index == end) end += suffix.Length;
            }
            pieces.Add((p, end, match.Key));
            p = valueStart = end;
            lastWasLabel = true;
        }
        if (valueStart < text.Length) pieces.Add((valueStart, text.Length, null));
        if (pieces.Count(piece => piece.Key is not null) < minimumLabels) return null;
        return pieces
            .SelectMany(piece => (piece.Key is null ? SplitLeadingFigure(original[piece.Start..piece.End]) : [original[piece.Start..piece.End]])
                .Select(fragment => new Token(CellsOf(piece.Start, piece.End), fragment, labels.Lookup(fragment))))
            .ToList();
    }

    /// <summary>A capture's page number standing alone ("2、"): no content of the table.</summary>
    public static bool IsPageMarker(string text) => text.Length > 0 && PageMarker(text) == text.Length;

    /// <summary>The length of the page marker ("3、") a capture's later page begins with; 0 when there is none.</summary>
    public static int PageMarker(string text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
        return digits is 1 or 2 && digits < text.Length && text[digits] == '、' ? digits + 1 : 0;
    }

    /// <summary>
    /// Labels that are also ordinary words of names and titles (公用经费 in 初中公用经费, 项目支出 in 项目支出绩效自评表):
    /// inside run-together text they are not taken for labels.
    /// </summary>
    private static readonly HashSet<FieldKey> OrdinaryWords =
    [
        FieldKey.ProjectExpenditure, FieldKey.BasicExpenditure, FieldKey.PublicExpenses, FieldKey.ThreePublicExpenses,
        FieldKey.GovernmentProcurement, FieldKey.OtherRow, FieldKey.EvaluatedYear,
    ];

    /// <summary>
    /// Figures run into the text of the next cell ("98财政审1度评分…", "64.864.864.8100%年度总体r二") come apart where the
    /// digits end and CJK text begins.
    /// </summary>
    private static IEnumerable<string> SplitLeadingFigure(string fragment)
    {
        var match = LeadingFigure().Match(fragment);
        return match.Success ? [match.Groups[1].Value, match.Groups[2].Value] : [fragment];
    }

    [GeneratedRegex(@"^([0-9][0-9.]*%?)(\p{IsCJKUnifiedIdeographs}.*)$")]
    private static partial Regex LeadingFigure();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LabelDictionary, Dictionary<char, List<(string Wording, FieldKey Key)>>> Index = new();

    /// <summary>The dictionary's wordings (longest first, ordinary words left out) by their first character: one lookup per position.</summary>
    private static Dictionary<char, List<(string Wording, FieldKey Key)>> ByFirstCharacter(LabelDictionary labels) =>
        Index.GetValue(labels, l => l.AllWordings().Where(w => !OrdinaryWords.Contains(w.Key))
            .GroupBy(w => w.Wording[0]).ToDictionary(g => g.Key, g => g.ToList()));

    /// <summary>Two-character headers that in these forms only ever stand as headers between other headers.</summary>
    private static bool IsTwoCharacterHeader(string wording) => wording is "得分" or "分值" or "权重";

    /// <summary>
    /// Where a title ends in 自评表 (with a parenthesised year after it): from the last digit or 、 before it (a page
    /// marker "1、") to the closing bracket. Found with IndexOf, in linear time, whatever the text.
    /// </summary>
    private static (int Start, int End)? FormTitle(string text)
    {
        var at = text.IndexOf("自评表", StringComparison.Ordinal);
        if (at < 0) return null;
        var start = at;
        while (start > 0 && !char.IsAsciiDigit(text[start - 1]) && text[start - 1] != '、') start--;
        var end = at + 3;
        if (end < text.Length && text[end] == '(')
        {
            var close = text.IndexOf(')', end);
            if (close > end && close - end <= 13) end = close + 1;
        }
        return (start, end);
    }

    [GeneratedRegex(@"\(([0-9]+(\.[0-9]+)?分|[A-Z](/[A-Z])?|八|万[元兀])\)")]
    private static partial Regex LabelSuffix();
}
