using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("6", "6")]
    [InlineData("六", "6")]
    [InlineData("十二", "12")]
    [InlineData("二十四", "24")]
    [InlineData("一百零五", "105")]
    [InlineData("两万", "20000")]
    [InlineData("2万", "20000")]
    [InlineData("1.5万", "15000")]
    [InlineData("20,000元", "20000")]
    [InlineData("20000元", "20000")]
    [InlineData("3千", "3000")]
    [InlineData("三千", "3000")]
    [InlineData("三千五", "3500")]
    [InlineData("两万五", "25000")]
    [InlineData("1.2倍", "1.2")]
    [InlineData("¥2000", "2000")]
    [InlineData("￥2000", "2000")]
    [InlineData("2000 yuan", "2000")]
    [InlineData("2000块钱", "2000")]
    [InlineData("2000.50", "2000.50")]
    [InlineData("一点五", "1.5")]
    [InlineData("-3", "-3")]
    public void Recognize_Amount_IsTheNumber(string text, string expected)
    {
        // Act
        var result = NumberRecognizer.Recognize(TextNormalizer.Normalize(text), wholeNumber: false);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("十二", 12)]
    [InlineData("两万", 20000)]
    [InlineData("1.5万", 15000)]
    public void Recognize_WholeNumber_IsAnInt(string text, int expected)
    {
        // Act
        var result = NumberRecognizer.Recognize(TextNormalizer.Normalize(text), wholeNumber: true);

        // Assert
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("没有")]
    [InlineData("没有啊")]
    [InlineData("一个也没有")]
    [InlineData("一个都没有。")]
    [InlineData("还没招")]
    [InlineData("无")]
    [InlineData("None")]
    [InlineData("nobody")]
    [InlineData("no one")]
    public void Recognize_HowManyAnsweredWithNone_IsZero(string text)
    {
        // Act
        var result = NumberRecognizer.Recognize(TextNormalizer.Normalize(text), wholeNumber: true);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(0, result.Value);
    }

    [Theory]
    [InlineData("没有")]
    [InlineData("none")]
    public void Recognize_AmountAnsweredWithNone_IsNotUnderstood(string text)
    {
        // Act
        var result = NumberRecognizer.Recognize(TextNormalizer.Normalize(text), wholeNumber: false);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
    }

    [Fact]
    public void Recognize_FractionWhereAWholeNumberIsNeeded_IsNotUnderstood()
    {
        // Act
        var result = NumberRecognizer.Recognize("6.5", wholeNumber: true);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("整数", result.ReAskZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("两万多")]
    [InlineData("很多")]
    [InlineData("二四")]
    [InlineData("万")]
    [InlineData("1,2,3")]
    [InlineData("abc")]
    [InlineData("$2000")]
    public void Recognize_NotANumber_IsNotUnderstoodWithAnExample(string text)
    {
        // Act
        var result = NumberRecognizer.Recognize(TextNormalizer.Normalize(text), wholeNumber: false);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("“2万”", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("e.g.", result.ReAskEn, StringComparison.Ordinal);
    }
}
