using PolicyRules.Screening.Batch;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Tests.Batch;

public sealed class CellValueTests
{
    private static readonly VariableRegistry Variables = ScreeningServices.Default.Variables;

    [Theory]
    [InlineData("child.hukou", "mentougou", "\"mentougou\"")]
    [InlineData("child.hukou", "本区（门头沟区）户籍", "\"mentougou\"")]
    [InlineData("child.hukou", "outside beijing", "\"outsideBeijing\"")]
    [InlineData("family.singleParent", "是", "true")]
    [InlineData("family.singleParent", "否", "false")]
    [InlineData("family.singleParent", "No", "false")]
    [InlineData("family.singleParent", "true", "true")]
    [InlineData("child.boarding", "住校", "true")]
    [InlineData("residence.leaseTermMonths", " 12 ", "12")]
    [InlineData("child.birthDate", "2011-08-31", "\"2011-08-31\"")]
    [InlineData("child.hukou", "不知道", "null")]
    [InlineData("family.singleParent", "uncertain", "null")]
    public void ToFact_SpreadsheetCell_IsTheCaseFileValue(string id, string cell, string json)
    {
        // Act
        var fact = CellValue.ToFact(Variables[id], cell);

        // Assert
        Assert.Equal(json, fact!.Value.GetRawText());
    }

    [Fact]
    public void ToFact_EmptyCell_IsNotAsked()
    {
        // Act
        var fact = CellValue.ToFact(Variables["child.hukou"], "  ");

        // Assert
        Assert.Null(fact);
    }

    [Theory]
    [InlineData("child.hukou", "火星", "one of:")]
    [InlineData("family.singleParent", "也许", "true or false")]
    [InlineData("residence.leaseTermMonths", "十二", "whole number")]
    [InlineData("child.birthDate", "2011/08/31", "yyyy-MM-dd")]
    public void ToFact_CellThatIsNoValue_IsRefusedWithTheReadersMessage(string id, string cell, string expected)
    {
        // Arrange
        var fact = CellValue.ToFact(Variables[id], cell)!.Value;

        // Act
        var answer = new AnswerReader(Variables).Read(Variables[id], fact, new DateOnly(2017, 5, 10), out var error);

        // Assert
        Assert.Null(answer);
        Assert.Contains(expected, error!.MessageEn, StringComparison.Ordinal);
    }
}
