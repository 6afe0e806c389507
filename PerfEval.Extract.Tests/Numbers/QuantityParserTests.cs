using PerfEval.Extract.Numbers;

namespace PerfEval.Extract.Tests.Numbers;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("2场", null, "2", 0, null, "场")]
    [InlineData("21个示范点", null, "21", 0, null, "个示范点")]
    [InlineData("97.80%", null, "97.80", 2, null, "%")]
    [InlineData("≥50个", "≥", "50", 0, null, "个")]
    [InlineData("≤90万元", "≤", "90", 0, "万", "元")]
    [InlineData("不低于95%", "≥", "95", 0, null, "%")]
    [InlineData("＞＝８０％", "≥", "80", 0, null, "%")]
    [InlineData("≥100百分比", "≥", "100", 0, null, "百分比")]
    [InlineData("满意度≥90%", "≥", "90", 0, null, "%")]
    public void Parses_comparator_number_scale_and_unit(string raw, string? comparator, string number, int decimals, string? scale, string? unit)
    {
        var q = QuantityParser.Parse(raw);
        Assert.Equal(raw, q.Raw);
        Assert.Equal(comparator, q.Comparator);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), q.Number);
        Assert.Equal(decimals, q.Decimals);
        Assert.Equal(scale, q.Scale);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Keeps_qualifier_context_and_scale()
    {
        var q = QuantityParser.Parse("惠及近5万人次");
        Assert.Equal("惠及", q.Context);
        Assert.Equal(["近"], q.Qualifiers!);
        Assert.Equal(5m, q.Number);
        Assert.Equal("万", q.Scale);
        Assert.Equal(50000m, q.ScaledValue);
        Assert.Equal("人次", q.Unit);
    }

    [Fact]
    public void A_second_quantity_stays_in_the_remainder()
    {
        var q = QuantityParser.Parse("100所学校近5万学生参与");
        Assert.Equal(100m, q.Number);
        Assert.Equal("所学校", q.Unit);
        Assert.Equal("近5万学生参与", q.Remainder);
    }

    [Theory]
    [InlineData("完成")]
    [InlineData("持续发展")]
    [InlineData("效果明显")]
    [InlineData("")]
    public void Text_without_digits_gets_no_number(string raw)
    {
        var q = QuantityParser.Parse(raw);
        Assert.Equal(raw, q.Raw);
        Assert.Null(q.Number);
        Assert.Null(q.Unit);
    }

    [Theory]
    [InlineData("1000人以上", "以上", "人")]
    [InlineData("约30天", "约", "天")]
    [InlineData("超200户", "超", "户")]
    public void Qualifiers_before_and_after(string raw, string qualifier, string unit)
    {
        var q = QuantityParser.Parse(raw);
        Assert.Contains(qualifier, q.Qualifiers!);
        Assert.Equal(unit, q.Unit);
    }
}
