using System.Text;

namespace PerfEval.Extract.Reading;

/// <summary>
/// Full-width to half-width folding done here rather than by NFKC: the process runs with invariant globalization
/// (no ICU), and the forms met in these tables are the full-width ASCII block, the ideographic space and minus signs.
/// </summary>
public static class Width
{
    /// <summary>０-９, Ａ-ｚ, （）：，．％ and the like to ASCII; U+3000 and NBSP to space; U+2212 and dashes used as minus to '-'.</summary>
    public static string Fold(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var folded = ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '\u2212' or '\u2012' or '\u2013' or '\uFE63' => '-',
                '\u3000' or '\u00A0' => ' ',
                _ => ch,
            };
            if (folded != ch && builder is null) builder = new StringBuilder(text, 0, i, text.Length);
            builder?.Append(folded);
        }
        return builder?.ToString() ?? text;
    }
}
