using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    [Theory]
    [InlineData("rented")]
    [InlineData("Rented")]
    [InlineData("租住房屋")]
    [InlineData("租的")]
    [InlineData("租房")]
    [InlineData("是租的房子")]
    [InlineData("我们租房住")]
    [InlineData("We rent")]
    [InlineData("2")]
    [InlineData("第二个")]
    [InlineData("第2项")]
    [InlineData("选2")]
    [InlineData("选项二")]
    [InlineData("二")]
    [InlineData("option 2")]
    [InlineData("the second one")]
    public void Recognize_RentedByValueLabelSynonymOrNumber_IsRented(string text)
    {
        // Act
        var result = Recognize.Answer("residence.tenure", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal("Rented", result.Value!.ToString());
    }

    [Theory]
    [InlineData("1", "Primary")]
    [InlineData("第一个", "Primary")]
    [InlineData("幼升小", "Primary")]
    [InlineData("上小学一年级", "Primary")]
    [InlineData("小升初", "JuniorSecondary")]
    [InlineData("孩子要上初中了", "JuniorSecondary")]
    [InlineData("Moving up to junior secondary", "JuniorSecondary")]
    [InlineData("middle school", "JuniorSecondary")]
    public void Recognize_Stage_IsTheChoice(string text, string expected)
    {
        // Act
        var result = Recognize.Answer("child.stage", text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(expected, result.Value!.ToString());
    }

    [Theory]
    [InlineData("都没有", "None")]
    [InlineData("没有", "None")]
    [InlineData("博士后", "PostdocReferral")]
    [InlineData("有工作居住证", "WorkResidencePermit")]
    [InlineData("我们是随军家属", "MilitaryDependant")]
    [InlineData("3", "PostdocReferral")]
    public void Recognize_TreatedAsBeijingBasis_IsTheChoice(string text, string expected)
    {
        // Act
        var result = Recognize.Answer("child.treatedAsBeijingBasis", text);

        // Assert
        Assert.Equal(expected, result.Value!.ToString());
    }

    [Theory]
    [InlineData("applicant.militaryService", "士官", "Nco")]
    [InlineData("applicant.militaryService", "我是转业士官", "Nco")]
    [InlineData("applicant.militaryService", "转业", "Nco")]
    [InlineData("applicant.militaryService", "复员士官", "Nco")]
    [InlineData("applicant.militaryService", "义务兵", "Conscript")]
    [InlineData("applicant.militaryService", "两年兵，复员了", "Conscript")]
    [InlineData("applicant.militaryService", "复员", "Conscript")]
    [InlineData("applicant.militaryService", "转业军官", "Officer")]
    [InlineData("applicant.militaryService", "没当过兵", "None")]
    [InlineData("applicant.militaryService", "I was a sergeant", "Nco")]
    [InlineData("applicant.highestHonour", "二等功", "SecondClassMerit")]
    [InlineData("applicant.highestHonour", "立过二等功一次", "SecondClassMerit")]
    [InlineData("applicant.highestHonour", "没立过功", "None")]
    [InlineData("applicant.disabilityGrade", "伤残等级6级", "Grade6")]
    [InlineData("applicant.disabilityGrade", "伤残四级", "Grade4")]
    [InlineData("applicant.disabilityGrade", "8", "Grade8")]
    [InlineData("applicant.serviceDisability", "因战致残", "War")]
    [InlineData("applicant.placementChoice", "自谋职业", "SelfEmployment")]
    [InlineData("applicant.placementChoice", "等政府安置", "GovernmentPlacement")]
    [InlineData("applicant.hukouType", "城镇户口", "Urban")]
    [InlineData("applicant.hukouType", "农村户口", "Rural")]
    [InlineData("enquirer.role", "我是退伍兵", "Veteran")]
    [InlineData("enquirer.role", "儿子当兵，我是家属", "ConscriptFamily")]
    public void Recognize_VeteranWords_AreTheChoice(string variable, string text, string expected)
    {
        // Act
        var result = Recognize.Answer(variable, text);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(expected, result.Value!.ToString());
    }

    [Theory]
    [InlineData("小学初中都有")]
    [InlineData("没有工作居住证")]
    public void Recognize_TwoChoicesFit_IsNotUnderstoodListingTheOptions(string text)
    {
        // Arrange
        var id = text.Contains("居住证", StringComparison.Ordinal) ? "child.treatedAsBeijingBasis" : "child.stage";

        // Act
        var result = Recognize.Answer(id, text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("也可能是", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("1. ", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("could mean", result.ReAskEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("高中")]
    [InlineData("随便")]
    [InlineData("3")]
    [InlineData("第五个")]
    public void Recognize_NoChoiceFits_IsNotUnderstoodListingTheOptions(string text)
    {
        // Act
        var result = Recognize.Answer("child.stage", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("1. 上小学一年级；2. 小学毕业升初中", result.ReAskZh, StringComparison.Ordinal);
        Assert.Contains("1. Starting primary school; 2. Moving up to junior secondary", result.ReAskEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("不是门头沟")]
    [InlineData("not Mentougou")]
    [InlineData("不是外地的")]
    public void Recognize_NegatedChoice_IsNotUnderstood(string text)
    {
        // Act
        var result = Recognize.Answer("child.hukou", text);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Contains("门头沟", result.ReAskZh, StringComparison.Ordinal);
    }
}
