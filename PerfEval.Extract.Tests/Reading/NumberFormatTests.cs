using System.Globalization;
using PerfEval.Extract.Reading.Xlsx;
using Xunit;

namespace PerfEval.Extract.Tests.Reading;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData("0.999982752078375", "0.0%", "100.0%")]
    [InlineData("-0.181864363728727", "0.0%", "-18.2%")]
    [InlineData("0.978", "0.00%", "97.80%")]
    [InlineData("0.5", "0%", "50%")]
    [InlineData("579.78", null, "579.78")]
    [InlineData("6", "General", "6")]
    [InlineData("579.77999999999997", "General", "579.78")]
    [InlineData("-128.88", null, "-128.88")]
    [InlineData("15.9", "@", "15.9")]
    [InlineData("1234.5", "#,##0.00", "1,234.50")]
    [InlineData("1234567", "#,##0", "1,234,567")]
    [InlineData("2.675", "0.00", "2.68")]
    [InlineData("2.5", "0", "3")]
    [InlineData("-0.001", "0.00", "0.00")]
    [InlineData("0", "0.00", "0.00")]
    [InlineData("1.5", "0.#", "1.5")]
    [InlineData("1", "0.#", "1.")]
    [InlineData("-5", "#,##0.00;(#,##0.00)", "(5.00)")]
    [InlineData("5", "#,##0.00;(#,##0.00)", "5.00")]
    [InlineData("12.3", "0.00\"万元\"", "12.30万元")]
    [InlineData("12.3", "[Red]0.0", "12.3")]
    [InlineData("12.3", "[$¥-804]#,##0.00", "¥12.30")]
    [InlineData("1500000", "0.0,,", "1.5")]
    [InlineData("44561", "yyyy-mm-dd", "2021-12-31")]
    [InlineData("1E-3", null, "0.001")]
    public void Numbers_read_as_their_format_displays_them(string raw, string? code, string expected)
    {
        var value = decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(expected, NumberFormat.Render(value, code));
    }

    [Theory]
    [InlineData(0, "General")]
    [InlineData(2, "0.00")]
    [InlineData(10, "0.00%")]
    [InlineData(49, "@")]
    [InlineData(14, "yyyy-mm-dd")]
    [InlineData(11, null)]
    public void Built_in_ids_map_to_their_codes(int id, string? code) => Assert.Equal(code, NumberFormat.BuiltInCode(id));
}
