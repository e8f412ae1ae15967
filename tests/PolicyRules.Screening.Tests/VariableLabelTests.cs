namespace PolicyRules.Screening.Tests;

/// <summary>Every question has a short label in both languages: 改一下 shows one button per answer, named by it.</summary>
public sealed class VariableLabelTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    public static TheoryData<string> VariableIds() => [.. ScreeningServices.Default.Catalog.Variables.All.Select(v => v.Id)];

    [Theory]
    [MemberData(nameof(VariableIds))]
    public void Label_EveryVariable_IsShortAndNotTheQuestion(string id)
    {
        // Arrange
        var variable = ScreeningServices.Default.Catalog.Variables[id];

        // Act
        var chinese = variable.Label("zh-CN", Today);
        var english = variable.Label("en", Today);

        // Assert
        Assert.NotEqual(variable.Question("zh-CN", Today), chinese);
        Assert.NotEqual(variable.Question("en", Today), english);
        Assert.InRange(chinese.Length, 2, 12);
        Assert.InRange(english.Length, 2, 40);
    }
}
