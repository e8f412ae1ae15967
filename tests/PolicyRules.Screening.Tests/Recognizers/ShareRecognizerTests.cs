using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class ShareRecognizerTests
{
    [Theory]
    [InlineData("三分之二", 2, 3)]
    [InlineData("2/3", 2, 3)]
    [InlineData("８/１２", 8, 12)]
    [InlineData("12户中8户", 8, 12)]
    [InlineData("十二户里有八户同意", 8, 12)]
    [InlineData("12户业主中9户同意", 9, 12)]
    [InlineData("12户中有9户业主同意", 9, 12)]
    [InlineData("8 of 12", 8, 12)]
    [InlineData("two thirds", 2, 3)]
    [InlineData("四分之三", 3, 4)]
    [InlineData("一半", 1, 2)]
    [InlineData("全部", 1, 1)]
    public void Recognize_Fraction_IsDividedAsDecimalsDivide(string text, int part, int whole)
    {
        // Act
        var result = ShareRecognizer.Recognize(TextNormalizer.Normalize(text));

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal((decimal)part / whole, result.Value);
    }

    [Fact]
    public void Recognize_TwoThirdsWrittenAnyWay_IsTheSameValue()
    {
        // Act
        var values = new[] { "三分之二", "2/3", "12户中8户", "6 out of 9" }.Select(t => ShareRecognizer.Recognize(TextNormalizer.Normalize(t)).Value).Distinct();

        // Assert
        Assert.Single(values);
    }

    [Theory]
    [InlineData("70%", "0.7")]
    [InlineData("66.67%", "0.6667")]
    [InlineData("百分之七十", "0.7")]
    [InlineData("七成", "0.7")]
    [InlineData("0.75", "0.75")]
    [InlineData("1", "1")]
    public void Recognize_PercentTenthsOrDecimal_IsTheShare(string text, string expected)
    {
        // Act
        var result = ShareRecognizer.Recognize(TextNormalizer.Normalize(text));

        // Assert
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("70")]
    [InlineData("三分之二以上")]
    [InlineData("大概一半")]
    [InlineData("4/3")]
    [InlineData("12户中13户")]
    [InlineData("很多")]
    public void Recognize_NoExactShareFromZeroToOne_IsNotUnderstood(string text)
    {
        // Act
        var result = ShareRecognizer.Recognize(TextNormalizer.Normalize(text));

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("三分之二", result.ReAsk("zh-CN"), StringComparison.Ordinal);
    }
}
