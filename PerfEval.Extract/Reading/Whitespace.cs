using System.Text;

namespace PerfEval.Extract.Reading;

/// <summary>White-space folding shared by all readers: NBSP, ideographic and other spaces count as space.</summary>
public static class Whitespace
{
    /// <summary>Runs of white space (including U+00A0 and U+3000) become one ASCII space; the ends are trimmed.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0' || ch == '\u200B' || ch == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(ch);
        }
        return builder.ToString();
    }
}
