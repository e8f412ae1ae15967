using PolicyRules.Localization;
using PolicyRules.Rules;
using PolicyRules.Rules.Catalog;
using PolicyRules.Screening.Text;

namespace PolicyRules.Screening.Tests;

public sealed class TextRendererTests
{
    private static readonly AreaCatalog Catalog = PolicyLibrary.Default.Catalog("school-enrolment");

    [Theory]
    [InlineData("zh-CN", "截止日：2011年8月31日")]
    [InlineData("en", "Cut-off: 31 August 2011")]
    public void Render_DateParameter_IsWrittenInTheLocale(string locale, string expected)
    {
        // Arrange
        var text = new Localized { ZhCn = "截止日：{entry_birth_cutoff}", En = "Cut-off: {entry_birth_cutoff}" };

        // Act
        var rendered = TextRenderer.Render(text, locale, Catalog, new DateOnly(2017, 5, 10));

        // Assert
        Assert.Equal(expected, rendered);
    }

    [Fact]
    public void Render_MonthListParameter_JoinsTheMonths()
    {
        // Arrange
        var text = new Localized { ZhCn = "{insurance_required_months}" };

        // Act
        var rendered = TextRenderer.Render(text, "zh-CN", Catalog, new DateOnly(2017, 5, 10));

        // Assert
        Assert.Equal("2017年2月、2017年3月、2017年4月", rendered);
    }

    [Fact]
    public void Render_UnknownPlaceholder_IsLeftVisible()
    {
        // Arrange
        var text = new Localized { ZhCn = "{no_such_parameter}" };

        // Act / Assert
        Assert.Equal("{no_such_parameter}", TextRenderer.Render(text, "zh-CN", Catalog, new DateOnly(2017, 5, 10)));
    }

    [Fact]
    public void Localized_MissingEnglish_FallsBackToChinese()
    {
        // Arrange
        var text = new Localized { ZhCn = "只有中文" };

        // Act / Assert
        Assert.Equal("只有中文", text.In("en"));
    }
}
