using System.Text.RegularExpressions;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>The year a text names (2021 in "2021年", "(2022年度)", "…自评表(2023年度)"), for every recognizer.</summary>
internal static partial class Years
{
    public static int? In(string text)
    {
        var match = Year().Match(Width.Fold(text));
        return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(19|20)[0-9]{2}")]
    private static partial Regex Year();
}
