using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class DurationRecognizerTests
{
    [Theory]
    [InlineData("半年", 6)]
    [InlineData("6个月", 6)]
    [InlineData("六个月", 6)]
    [InlineData("6", 6)]
    [InlineData("一年", 12)]
    [InlineData("1年", 12)]
    [InlineData("两年", 24)]
    [InlineData("一年半", 18)]
    [InlineData("1年半", 18)]
    [InlineData("1.5年", 18)]
    [InlineData("18个月", 18)]
    [InlineData("十八个月", 18)]
    [InlineData("一年零三个月", 15)]
    [InlineData("1年3个月", 15)]
    [InlineData("三年", 36)]
    [InlineData("two years", 24)]
    [InlineData("a year", 12)]
    [InlineData("one year and a half", 18)]
    [InlineData("6 months", 6)]
    [InlineData("six months", 6)]
    [InlineData("twenty-four months", 24)]
    [InlineData("half a year", 6)]
    public void Recognize_LengthOfTime_IsMonths(string text, int months)
    {
        // Act
        var result = Recognize.Answer("residence.leaseTermMonths", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(months, result.Value);
    }

    [Fact]
    public void Recognize_ContractTerm_IsMonthsToo()
    {
        // Act
        var result = Recognize.Answer("employment.contractTermMonths", "两年");

        // Assert
        Assert.Equal(24, result.Value);
    }

    [Theory]
    [InlineData("一年多")]
    [InlineData("几个月")]
    [InlineData("很久")]
    [InlineData("年")]
    [InlineData("a few years")]
    [InlineData("6.5")]
    public void Recognize_NotAnExactLength_IsNotUnderstoodWithAnExample(string text)
    {
        // Act
        var result = Recognize.Answer("residence.leaseTermMonths", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("6个月", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("months", result.ReAskEn, StringComparison.Ordinal);
    }
}
