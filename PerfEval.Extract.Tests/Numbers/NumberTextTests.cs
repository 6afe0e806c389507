using PerfEval.Extract.Numbers;

namespace PerfEval.Extract.Tests.Numbers;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("579.78", "579.78", 2, false)]
    [InlineData("6", "6", 0, false)]
    [InlineData("-128.88", "-128.88", 2, false)]
    [InlineData("−18.2%", "-18.2", 1, true)]
    [InlineData("100.0%", "100.0", 1, true)]
    [InlineData("１，１７２．５５", "1172.55", 2, false)]
    [InlineData("1,172.55", "1172.55", 2, false)]
    [InlineData(" 90万元 ", "90", 0, false)]
    [InlineData("0.00", "0.00", 2, false)]
    public void Parses_figures_keeping_their_precision(string raw, string value, int decimals, bool percent)
    {
        Assert.True(NumberText.TryParseFigure(raw, out var n));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), n.Value);
        Assert.Equal(decimals, n.Decimals);
        Assert.Equal(percent, n.IsPercent);
    }

    [Theory]
    [InlineData("2021年")]
    [InlineData("完成")]
    [InlineData("1,17")]
    [InlineData("12 9.84")]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("1.2.3")]
    public void Refuses_what_is_not_one_figure(string raw)
    {
        Assert.False(NumberText.TryParseFigure(raw, out _));
    }

    [Fact]
    public void Decimal_value_keeps_trailing_zero_scale()
    {
        Assert.True(NumberText.TryParseFigure("97.80", out var n));
        Assert.Equal("97.80", n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("IO", 10)]
    [InlineData("1O", 10)]
    [InlineData("lO", 10)]
    [InlineData("I0", 10)]
    [InlineData("5O", 50)]
    [InlineData("IOO", 100)]
    public void Reads_points_that_ocr_wrote_with_letters(string raw, int expected)
    {
        Assert.True(NumberText.TryParseOcrDigits(raw, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("10")]   // no letter: an ordinary figure, not a repair
    [InlineData("II")]   // no zero: as likely a Roman numeral
    [InlineData("OI")]   // a leading zero
    [InlineData("I")]
    [InlineData("IOOO")]
    [InlineData("IOS")]
    public void Refuses_letters_that_need_not_be_digits(string raw)
    {
        Assert.False(NumberText.TryParseOcrDigits(raw, out _));
    }
}
