using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Tests.Recognizers;

public sealed class UnitWordsTests
{
    [Theory]
    [InlineData("300平方米", UnitWords.SquareMetre, "300")]
    [InlineData("300平米", UnitWords.SquareMetre, "300")]
    [InlineData("三百平", UnitWords.SquareMetre, "300")]
    [InlineData("300㎡", UnitWords.SquareMetre, "300")]
    [InlineData("300 m²", UnitWords.SquareMetre, "300")]
    [InlineData("250.5 square metres", UnitWords.SquareMetre, "250.5")]
    [InlineData("15张床位", UnitWords.Bed, "15")]
    [InlineData("十张", UnitWords.Bed, "10")]
    [InlineData("12 beds", UnitWords.Bed, "12")]
    [InlineData("6层", UnitWords.Storey, "6")]
    [InlineData("六层楼", UnitWords.Storey, "6")]
    [InlineData("5 storeys", UnitWords.Storey, "5")]
    [InlineData("1998年", UnitWords.Year, "1998")]
    [InlineData("3个单元门", UnitWords.Entrance, "3")]
    [InlineData("二级", UnitWords.Grade, "2")]
    [InlineData("60万元", "yuan", "600000")]
    public void Recognize_NumberWithItsVariablesUnitWord_IsTheNumber(string text, string unit, string expected)
    {
        // Act
        var result = NumberRecognizer.Recognize(TextNormalizer.Normalize(text), wholeNumber: false, unit);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("300平方米", UnitWords.Bed)]
    [InlineData("15张", UnitWords.SquareMetre)]
    [InlineData("6层", null)]
    [InlineData("平方米", UnitWords.SquareMetre)]
    public void Recognize_AnotherUnitsWord_IsNotUnderstood(string text, string? unit)
    {
        // Act
        var result = NumberRecognizer.Recognize(TextNormalizer.Normalize(text), wholeNumber: false, unit);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
    }
}
