using PolicyRules.Engine.Evaluation;
using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class AnswerRecognizerTests
{
    [Theory]
    [InlineData("family.singleParent", "不知道")]
    [InlineData("family.singleParent", "我也不确定")]
    [InlineData("child.birthDate", "不清楚")]
    [InlineData("child.birthDate", "说不准")]
    [InlineData("child.birthDate", "记不清了")]
    [InlineData("child.hukou", "不知道。")]
    [InlineData("residence.leaseTermMonths", "I don't know")]
    [InlineData("residence.leaseTermMonths", "not sure")]
    [InlineData("residence.leaseTermMonths", "No idea!")]
    [InlineData("child.hukou", "I don’t know")]
    public void Recognize_DoesNotKnow_IsUncertain(string id, string text)
    {
        // Act
        var result = Recognize.Answer(id, text);

        // Assert
        Assert.Equal(RecognitionOutcome.Uncertain, result.Outcome);
        Assert.Null(result.Value);
        Assert.Equal(InputState.Uncertain, result.ToAnswer(Recognize.Variables[id])!.State);
    }

    [Theory]
    [InlineData("  是的。 ")]
    [InlineData("是！")]
    [InlineData("ｙｅｓ")]
    [InlineData("\u3000对\u3000")]
    public void Recognize_SpacesFullWidthAndClosingPunctuation_AreIgnored(string text)
    {
        // Act
        var result = Recognize.Answer("family.singleParent", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(true, result.Value);
    }

    [Fact]
    public void Recognize_FullWidthDigits_AreRead()
    {
        // Act
        var result = Recognize.Answer("child.birthDate", "２０１１年８月３１日");

        // Assert
        Assert.Equal(new DateOnly(2011, 8, 31), result.Value);
    }

    [Fact]
    public void Recognize_BirthDateAfterTheEvaluationDate_IsNotUnderstoodWithTheCheckMessage()
    {
        // Act
        var result = Recognize.Answer("child.birthDate", "2018年1月1日");

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("晚于评估日期", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("after the evaluation date", result.ReAskEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_NegativeMonthCount_IsNotUnderstoodWithTheCheckMessage()
    {
        // Act
        var result = Recognize.Answer("residence.leaseTermMonths", "-3");

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("超出允许范围", result.ReAskZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "日期")]
    [InlineData("en", "date")]
    public void Recognize_NotUnderstood_MessageIsInTheLocale(string locale, string expected)
    {
        // Act
        var result = Recognize.Answer("child.birthDate", "去年夏天", locale);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Null(result.ToAnswer(Recognize.Variables["child.birthDate"]));
    }

    [Theory]
    [InlineData("family.singleParent")]
    [InlineData("child.birthDate")]
    [InlineData("child.hukou")]
    [InlineData("residence.leaseTermMonths")]
    public void Recognize_EmptyAnswer_IsNotUnderstood(string id)
    {
        // Act
        var result = Recognize.Answer(id, "   ");

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.ReAskZh));
        Assert.False(string.IsNullOrWhiteSpace(result.ReAskEn));
    }

    [Fact]
    public void Recognize_KnownValue_BecomesAKnownAnswer()
    {
        // Act
        var answer = Recognize.Answer("residence.leaseTermMonths", "一年").ToAnswer(Recognize.Variables["residence.leaseTermMonths"]);

        // Assert
        Assert.Equal(InputState.Known, answer!.State);
        Assert.Equal(12, answer.Value);
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("12年", 12)]
    [InlineData("十二年", 12)]
    [InlineData("满12年", 12)]
    [InlineData("一共十二年了", 12)]
    [InlineData("12年半", 12)]
    [InlineData("11年11个月", 11)]
    [InlineData("12 years", 12)]
    [InlineData("twelve years", 12)]
    public void Recognize_FullYears_CountsWholeYearsOnly(string text, int years)
    {
        // Act
        var result = Recognize.Answer("applicant.serviceYears", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(years, result.Value);
    }

    [Theory]
    [InlineData("三次", 3)]
    [InlineData("3次", 3)]
    [InlineData("2", 2)]
    public void Recognize_CountWithItsMeasureWord_IsTheNumber(string text, int count)
    {
        // Act
        var result = Recognize.Answer("applicant.consecutiveExamsMissed", text);

        // Assert
        Assert.Equal(count, result.Value);
    }

    [Fact]
    public void Recognize_FullYearsNotANumber_IsNotUnderstood()
    {
        // Act
        var result = Recognize.Answer("applicant.serviceYears", "好多年");

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
    }
}
