using PolicyRules.Localization;
using PolicyRules.Rules;
using PolicyRules.Rules.Catalog;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy;
using PolicyRules.Screening.Parameters;
using PolicyRules.Screening.Text;

namespace PolicyRules.Screening.Tests;

/// <summary>
/// Figures the employment text depends on without giving them: Beijing's minimum wage, which an operator sets from a
/// date with its source (test values, not a checked publication), and a loan's actual interest rate, which is each
/// case's own and which no operator may set.
/// </summary>
public sealed class OperatorFigureTests
{
    private const string MinimumWage = """
        employment-subsidy:
          beijing_minimum_wage:
            - { from: 2017-09-01, value: 2000, source: 测试值（2017年9月起） }
        """;

    private static readonly AreaCatalog Catalog = CatalogWith(MinimumWage);

    [Theory]
    [InlineData("zh-CN", "2,000元，2017年9月1日起，来源：测试值（2017年9月起）")]
    [InlineData("en", "2,000 yuan, from 1 September 2017, source: 测试值（2017年9月起）")]
    public void Render_OperatorFigure_NamesItsValueDateAndSource(string locale, string expected)
    {
        // Arrange
        var text = new Localized
        {
            ZhCn = "{beijing_minimum_wage}元，{beijing_minimum_wage:from}起，来源：{beijing_minimum_wage:source}",
            En = "{beijing_minimum_wage} yuan, from {beijing_minimum_wage:from}, source: {beijing_minimum_wage:source}",
        };

        // Act
        var rendered = TextRenderer.Render(text, locale, Catalog, new DateOnly(2017, 10, 10));

        // Assert
        Assert.Equal(expected, rendered);
    }

    [Fact]
    public void Render_BeforeTheOperatorFiguresFirstDate_IsLeftUnset()
    {
        // Arrange
        var text = new Localized { ZhCn = "{beijing_minimum_wage}：{beijing_minimum_wage:source}" };

        // Act
        var rendered = TextRenderer.Render(text, "zh-CN", Catalog, new DateOnly(2017, 8, 31));

        // Assert
        Assert.Equal("{beijing_minimum_wage}：{beijing_minimum_wage:source}", rendered);
    }

    [Theory]
    [InlineData("2017-08-31", null)]
    [InlineData("2017-09-01", 2000)]
    public void Parameters_MinimumWage_IsNullUntilTheOperatorsDate(string date, int? expected)
    {
        // Act
        var parameters = (EmploymentSubsidyParameters)ParameterBinder.Bind(typeof(EmploymentSubsidyParameters), Catalog, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected, parameters.MinimumWage);
        Assert.Equal(expected * 1.2m, parameters.WageFloor);
    }

    [Fact]
    public void Create_OperatorValueForTheLoansActualRate_RefusedAsEachCasesOwnFigure()
    {
        // Arrange
        var file = OperatorFiles.Write("""
            employment-subsidy:
              loan_actual_rate:
                - { from: 2017-01-01, value: 4.35, source: 测试值 }
            """);

        // Act
        var error = Record.Exception(() => ScreeningServices.Create(file));

        // Assert
        var refused = Assert.IsType<OperatorParametersException>(error);
        Assert.Contains(file, refused.Message, StringComparison.Ordinal);
        Assert.Contains("'loan_actual_rate' is each case's own figure", refused.Message, StringComparison.Ordinal);
    }

    private static AreaCatalog CatalogWith(string yaml)
    {
        var library = PolicyLibrary.Load();
        OperatorParameters.Read(OperatorFiles.Write(yaml)).ApplyTo(library.Catalogs);
        return library.Catalog("employment-subsidy");
    }
}
