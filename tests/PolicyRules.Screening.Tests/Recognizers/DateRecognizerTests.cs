using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class DateRecognizerTests
{
    [Theory]
    [InlineData("2011年8月31日")]
    [InlineData("2011年8月31号")]
    [InlineData("2011年08月31日")]
    [InlineData("2011 年 8 月 31 日")]
    [InlineData("11年8月31号")]
    [InlineData("2011-08-31")]
    [InlineData("2011-8-31")]
    [InlineData("2011/8/31")]
    [InlineData("2011.8.31")]
    [InlineData("20110831")]
    [InlineData("二〇一一年八月三十一日")]
    [InlineData("二零一一年八月三十一号")]
    [InlineData("2011年8月31日出生")]
    [InlineData("Aug 31 2011")]
    [InlineData("Aug. 31, 2011")]
    [InlineData("31 August 2011")]
    [InlineData("31st of August 2011")]
    [InlineData("August 31, 2011")]
    [InlineData("august 31st 2011")]
    public void Recognize_DayMonthAndYear_IsTheDate(string text)
    {
        // Act
        var result = Recognize.Answer("child.birthDate", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(new DateOnly(2011, 8, 31), result.Value);
    }

    [Theory]
    [InlineData("98年3月1日", 1998)]
    [InlineData("17年3月1日", 2017)]
    [InlineData("00年3月1日", 2000)]
    [InlineData("一七年三月一日", 2017)]
    public void Recognize_TwoDigitYear_IsNotInTheFuture(string text, int year)
    {
        // Act: a person's birth date, which may lie further back than a child's
        var result = Recognize.Answer("applicant.birthDate", text);

        // Assert
        Assert.Equal(new DateOnly(year, 3, 1), result.Value);
    }

    [Theory]
    [InlineData("2011年8月")]
    [InlineData("二〇一一年八月")]
    [InlineData("2011年8月份")]
    [InlineData("2011-08")]
    [InlineData("August 2011")]
    public void Recognize_MonthWithoutDay_AsksForTheDay(string text)
    {
        // Act
        var result = Recognize.Answer("child.birthDate", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("2011年8月几日", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("2011-08-01", result.ReAskEn, StringComparison.Ordinal);
        Assert.Contains("day", result.ReAskEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2011年2月30日")]
    [InlineData("2011-02-29")]
    [InlineData("2011年13月1日")]
    [InlineData("20111301")]
    public void Recognize_ImpossibleDate_IsRejected(string text)
    {
        // Act
        var result = Recognize.Answer("child.birthDate", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("2011-08-31", result.ReAskZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("去年")]
    [InlineData("2011年")]
    [InlineData("31/08/2011")]
    [InlineData("08/09/2011")]
    [InlineData("8月31日")]
    [InlineData("大概2011年8月31日")]
    [InlineData("是")]
    public void Recognize_NotADay_IsNotUnderstoodWithAnExample(string text)
    {
        // Act
        var result = Recognize.Answer("child.birthDate", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Equal("没听懂这个日期。请按“2011年8月31日”或“2011-08-31”的格式输入。", result.ReAskZh);
        Assert.Contains("2011-08-31", result.ReAskEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_LeapDay_IsAccepted()
    {
        // Act
        var result = Recognize.Answer("child.birthDate", "2012年2月29日");

        // Assert
        Assert.Equal(new DateOnly(2012, 2, 29), result.Value);
    }
}
