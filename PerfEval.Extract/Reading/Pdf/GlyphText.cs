using System.Text;

namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Repairs the Unicode value of a glyph where a PDF producer mapped an ideograph to a CJK radical code point.
/// Skia (Chromium's PDF backend) writes ToUnicode from the font's cmap, and Noto CJK shares one glyph between an
/// ideograph and its radical (门 U+95E8 and ⻔ U+2ED4), so the radical often wins. The radical blocks are never
/// the intended text in a table, so they are mapped back; the reader reports how many it repaired.
/// </summary>
internal static class GlyphText
{
    // CJK Radicals Supplement code points that stand for a whole simplified (or Japanese) character.
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['\u2E9F'] = '母', ['\u2EA0'] = '民', ['\u2EBC'] = '月', ['\u2EC4'] = '西', ['\u2EC5'] = '见',
        ['\u2EC8'] = '讠', ['\u2EC9'] = '贝', ['\u2ECB'] = '车', ['\u2ED1'] = '長', ['\u2ED3'] = '长',
        ['\u2ED4'] = '门', ['\u2EDA'] = '页', ['\u2EDB'] = '风', ['\u2EDC'] = '飞', ['\u2EE0'] = '饣',
        ['\u2EE2'] = '马', ['\u2EE3'] = '骨', ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼', ['\u2EE6'] = '鸟',
        ['\u2EE7'] = '卤', ['\u2EE8'] = '麦', ['\u2EE9'] = '黄', ['\u2EEA'] = '黾', ['\u2EEB'] = '斉',
        ['\u2EEC'] = '齐', ['\u2EED'] = '歯', ['\u2EEE'] = '齿', ['\u2EEF'] = '竜', ['\u2EF0'] = '龙',
        ['\u2EF2'] = '亀', ['\u2EF3'] = '龟',
    };

    // Kangxi Radicals U+2F00–U+2FD5 in order, as their compatibility decomposition (NFKC) gives them, except
    // U+2F3E: simplified fonts share its glyph with 户, not 戶. A table because invariant globalization has no NFKC.
    private const string Kangxi =
        "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈户手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    /// <summary>The repaired text, or the same string instance when nothing needed repair.</summary>
    public static string Normalize(string value)
    {
        var needs = false;
        foreach (var ch in value)
            if (IsRadical(ch)) { needs = true; break; }
        if (!needs) return value;

        var builder = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (Supplement.TryGetValue(ch, out var s)) builder.Append(s);
            else if (ch is >= '\u2F00' and <= '\u2FD5') builder.Append(Kangxi[ch - '\u2F00']);
            else builder.Append(ch);
        }
        return builder.ToString();
    }

    private static bool IsRadical(char ch) => ch is >= '\u2E80' and <= '\u2FDF';

    /// <summary>
    /// True for characters written without spaces between them: CJK ideographs, kana, Hangul, CJK punctuation, and
    /// the curly quotes, ellipsis and dashes that CJK fonts set full width.
    /// </summary>
    public static bool IsCjk(char ch) =>
        ch is >= '\u2E80' and <= '\u9FFF'   // radicals, CJK symbols and punctuation, kana, ideographs
        or >= '\uAC00' and <= '\uD7AF'      // Hangul
        or >= '\uF900' and <= '\uFAFF'      // compatibility ideographs
        or >= '\uFF00' and <= '\uFFEF'      // full-width forms
        or >= '\u2018' and <= '\u201F'      // curly quotes
        or '\u2026' or '\u2014' or '\u00B7';

    /// <summary>True for letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana and their presentation forms.</summary>
    public static bool IsRtl(char ch) =>
        ch is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>
    /// Turns a line read left to right on the page (visual order) into logical order when it holds right-to-left
    /// letters: the line is taken as right-to-left text, so the order of its runs is reversed and so are the letters of
    /// each right-to-left run, while left-to-right runs (Latin words, numbers such as 3.5 or 2010-2014, with the
    /// punctuation inside them) keep their order. Brackets outside those runs are mirrored, since a right-to-left
    /// line draws an opening bracket with the glyph of a closing one. A line without such letters is returned as is.
    /// </summary>
    public static string ToLogicalOrder(string visual)
    {
        var any = false;
        foreach (var ch in visual)
            if (IsRtl(ch)) { any = true; break; }
        if (!any) return visual;

        var builder = new StringBuilder(visual.Length);
        var i = visual.Length - 1;
        while (i >= 0)
        {
            if (!IsStrongLtr(visual[i]))
            {
                builder.Append(Mirror(visual[i]));
                i--;
                continue;
            }
            // A left-to-right run: from its last strong character back to its first, neutrals inside kept.
            var end = i;
            var start = i;
            for (var k = i - 1; k >= 0 && !IsRtl(visual[k]); k--)
                if (IsStrongLtr(visual[k])) start = k;
            builder.Append(visual, start, end - start + 1);
            i = start - 1;
        }
        return builder.ToString();
    }

    private static bool IsStrongLtr(char ch) => char.IsLetterOrDigit(ch) && !IsRtl(ch);

    private static char Mirror(char ch) => ch switch
    {
        '(' => ')', ')' => '(', '[' => ']', ']' => '[', '{' => '}', '}' => '{', '<' => '>', '>' => '<',
        '«' => '»', '»' => '«',
        _ => ch,
    };
}
