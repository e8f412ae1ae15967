using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class YesNoRecognizerTests
{
    [Theory]
    [InlineData("是")]
    [InlineData("是的")]
    [InlineData("对")]
    [InlineData("对的")]
    [InlineData("有")]
    [InlineData("有的")]
    [InlineData("嗯")]
    [InlineData("嗯嗯")]
    [InlineData("好")]
    [InlineData("好的")]
    [InlineData("可以")]
    [InlineData("符合")]
    [InlineData("在")]
    [InlineData("是啊")]
    [InlineData("嗯，是的")]
    [InlineData("yes")]
    [InlineData("Yes.")]
    [InlineData("y")]
    [InlineData("yeah")]
    [InlineData("true")]
    public void Recognize_Yes_IsTrue(string text)
    {
        // Act
        var result = Recognize.Answer("family.singleParent", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(true, result.Value);
    }

    [Theory]
    [InlineData("否")]
    [InlineData("不是")]
    [InlineData("不是的")]
    [InlineData("不对")]
    [InlineData("没有")]
    [InlineData("没有的")]
    [InlineData("无")]
    [InlineData("不")]
    [InlineData("不符合")]
    [InlineData("没")]
    [InlineData("no")]
    [InlineData("No!")]
    [InlineData("n")]
    [InlineData("false")]
    [InlineData("nope")]
    public void Recognize_No_IsFalse(string text)
    {
        // Act
        var result = Recognize.Answer("family.singleParent", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(false, result.Value);
    }

    [Theory]
    [InlineData("也许")]
    [InlineData("明年")]
    [InlineData("是，不是")]
    [InlineData("可能吧")]
    [InlineData("maybe")]
    [InlineData("2011")]
    public void Recognize_NeitherYesNorNo_IsNotUnderstoodAskingForYesOrNo(string text)
    {
        // Act
        var result = Recognize.Answer("family.singleParent", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("“是”或“否”", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("\"yes\" or \"no\"", result.ReAskEn, StringComparison.Ordinal);
    }
}
