using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.Tests;

public sealed class ParameterBinderTests
{
    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData("1/2", 1, 2)]
    [InlineData("0.5", 1, 2)]
    [InlineData("300", 300, 1)]
    public void Convert_DecimalOrFraction_IsDividedAsDecimalsDivide(string text, int numerator, int denominator)
    {
        // Act
        var value = ParameterBinder.Convert(text, typeof(decimal), "a_share");

        // Assert
        Assert.Equal((decimal)numerator / denominator, value);
    }
}
