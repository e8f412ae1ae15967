using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class DistrictRecognizerTests
{
    [Theory]
    [InlineData("门头沟")]
    [InlineData("门头沟区")]
    [InlineData("北京市门头沟区")]
    [InlineData("北京门头沟")]
    [InlineData("Mentougou")]
    [InlineData("mentougou district")]
    [InlineData("本区")]
    [InlineData("户口在门头沟区")]
    public void Recognize_Mentougou_IsMentougou(string text)
    {
        // Act
        var result = Recognize.Answer("child.hukou", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal("Mentougou", result.Value!.ToString());
    }

    [Theory]
    [InlineData("海淀")]
    [InlineData("海淀区")]
    [InlineData("北京市海淀区")]
    [InlineData("Haidian District")]
    [InlineData("朝阳区")]
    [InlineData("西城")]
    [InlineData("石景山区")]
    [InlineData("延庆")]
    [InlineData("Changping")]
    [InlineData("北京其他区")]
    public void Recognize_AnotherBeijingDistrict_IsOtherBeijingDistrict(string text)
    {
        // Act
        var result = Recognize.Answer("child.hukou", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal("OtherBeijingDistrict", result.Value!.ToString());
    }

    [Theory]
    [InlineData("河北")]
    [InlineData("河北省")]
    [InlineData("山东省")]
    [InlineData("上海")]
    [InlineData("四川")]
    [InlineData("内蒙古自治区")]
    [InlineData("河北保定")]
    [InlineData("湖北武汉")]
    [InlineData("Hebei")]
    [InlineData("Shandong Province")]
    [InlineData("外地")]
    [InlineData("Outside Beijing")]
    public void Recognize_PlaceOutsideBeijing_IsOutsideBeijing(string text)
    {
        // Act
        var result = Recognize.Answer("child.hukou", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal("OutsideBeijing", result.Value!.ToString());
    }

    [Theory]
    [InlineData("京籍无户口", "BeijingUnregistered")]
    [InlineData("没有户口", "BeijingUnregistered")]
    [InlineData("非京籍", "OutsideBeijing")]
    public void Recognize_CatalogueSynonym_WinsOverThePlaceItContains(string text, string expected)
    {
        // Act
        var result = Recognize.Answer("child.hukou", text);

        // Assert
        Assert.Equal(expected, result.Value!.ToString());
    }

    [Theory]
    [InlineData("辽宁朝阳")]
    [InlineData("门头沟和海淀")]
    [InlineData("北京门头沟，没有户口")]
    public void Recognize_PlacesOfDifferentKinds_IsNotUnderstood(string text)
    {
        // Act
        var result = Recognize.Answer("child.hukou", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("非本市户籍（外省市）", result.ReAskZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_PrimaryCompletionChoices_DoNotUseDistricts()
    {
        // Act
        var result = Recognize.Answer("child.primaryCompletion", "海淀区");

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
    }

    [Theory]
    [InlineData("密云县", "otherBeijingDistrict")]
    [InlineData("上海市", "outsideBeijing")]
    [InlineData("香港", "outsideBeijing")]
    [InlineData("Fengtai", "otherBeijingDistrict")]
    [InlineData("我家在火星", null)]
    public void Recognize_PlaceName_IsItsKind(string text, string? expected)
    {
        // Act
        var value = DistrictRecognizer.Recognize(text);

        // Assert
        Assert.Equal(expected, value);
    }
}
