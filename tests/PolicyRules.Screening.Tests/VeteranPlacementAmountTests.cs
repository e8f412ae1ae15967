using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.VeteranPlacement;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Tests;

/// <summary>
/// The amount mechanisms the veteran area needs, with figures an operator set (test values, not
/// statistics): a yearly figure read for the year before the discharge year rather than as of the
/// evaluation date, and never an older year's figure in its place; percentages that enter a formula
/// as fractions and show as %; a deadline counted from the person's own date.
/// </summary>
public sealed class VeteranPlacementAmountTests
{
    private const string OperatorValues = """
        veteran-placement:
          urban_consumption_per_capita:
            - { from: 2015-01-01, value: 30000, source: 测试值 2015 }
            - { from: 2016-01-01, value: 36000, source: 测试值 2016 }
          urban_minimum_living_standard:
            - { from: 2017-01-01, value: 900, source: 测试值 2017 }
        """;

    private static readonly DateOnly Today = new(2017, 5, 10);
    private static readonly ScreeningServices Services = ScreeningServices.Create(OperatorFiles.Write(OperatorValues));

    [Fact]
    public void Evaluate_NcoDischargedInDecember2016_SubsidyUsesThe2015FigurePlusFivePercentPerNcoYear()
    {
        // Act
        var program = Evaluate(Services, VeteranPlacementPrograms.SelfEmployment, SelfEmployedNco(new DateOnly(2016, 12, 1), ncoYears: 3));

        // Assert
        Assert.Equal(ProgramStatus.Eligible, program.Status);
        Assert.Equal(60000m, Amount(program, "subsidy-base").Value);
        Assert.Equal(9000m, Amount(program, "subsidy-nco-increment").Value);
        Assert.Equal(6000m, Amount(program, "subsidy-second-class-merit").Value);
    }

    [Fact]
    public void Evaluate_DischargedInJanuary2017_SubsidyUsesThe2016Figure()
    {
        // Act
        var program = Evaluate(Services, VeteranPlacementPrograms.SelfEmployment, SelfEmployedNco(new DateOnly(2017, 1, 15), ncoYears: 0));

        // Assert
        Assert.Equal(72000m, Amount(program, "subsidy-base").Value);
        Assert.Equal(0m, Amount(program, "subsidy-nco-increment").Value);
    }

    [Fact]
    public void Evaluate_FigureOfThatYearNotSet_FormulaNamesTheYearRatherThanUsingAnOlderFigure()
    {
        // Arrange
        var services = ScreeningServices.Create(OperatorFiles.Write("""
            veteran-placement:
              urban_consumption_per_capita:
                - { from: 2015-01-01, value: 30000, source: 测试值 2015 }
            """));

        // Act
        var program = Evaluate(services, VeteranPlacementPrograms.SelfEmployment, SelfEmployedNco(new DateOnly(2017, 1, 15), ncoYears: 2));

        // Assert
        var subsidy = Amount(program, "subsidy-base");
        Assert.Null(subsidy.Value);
        Assert.Equal("2 × ［2016年本市城镇居民人均消费性支出（尚未设定）］", subsidy.Formula);
        Assert.Equal("2 × ［2016年本市城镇居民人均消费性支出（尚未设定）］ × 5% × 2", Amount(program, "subsidy-nco-increment").Formula);
    }

    [Fact]
    public void Evaluate_MinimumLivingStandardSet_WaitingAllowanceIsSixMonthsOfIt()
    {
        // Arrange
        var answers = new Dictionary<string, object>
        {
            ["enquirer.role"] = EnquirerRole.Veteran,
            ["applicant.militaryService"] = MilitaryService.Conscript,
            ["applicant.martyrChild"] = true,
            ["applicant.serviceDisability"] = DisabilityCause.None,
            ["applicant.placementChoice"] = PlacementChoice.GovernmentPlacement,
            ["applicant.fullTimeStudy"] = false,
            ["applicant.consecutiveExamsMissed"] = 0,
            ["applicant.criminalLiabilityWhileWaiting"] = false,
        };

        // Act
        var program = Evaluate(Services, VeteranPlacementPrograms.GovernmentPlacement, answers);

        // Assert
        Assert.Equal(ProgramStatus.Eligible, program.Status);
        Assert.Equal(5400m, Amount(program, "waiting-allowance").Value);
    }

    [Theory]
    [InlineData("2016-05-11", "2017-05-11")]
    [InlineData("2016-05-10", "2017-05-10")]
    public void Evaluate_FreeEducation_LastDayIsTheFirstAnniversaryOfDischarge(string discharged, string lastDay)
    {
        // Arrange
        var answers = SelfEmployedNco(DateOnly.Parse(discharged, System.Globalization.CultureInfo.InvariantCulture), ncoYears: 1);

        // Act
        var program = Evaluate(Services, VeteranPlacementPrograms.FreeEducation, answers);

        // Assert
        Assert.Equal(ProgramStatus.Eligible, program.Status);
        var deadline = Assert.Single(program.Deadlines);
        Assert.Equal(("free-education-window", null, lastDay), (deadline.Id, deadline.From, deadline.To));
    }

    private static Dictionary<string, object> SelfEmployedNco(DateOnly discharged, int ncoYears) => new()
    {
        ["enquirer.role"] = EnquirerRole.Veteran,
        ["applicant.militaryService"] = MilitaryService.Nco,
        ["applicant.serviceYears"] = 2 + ncoYears,
        ["applicant.dischargeDate"] = discharged,
        ["applicant.highestHonour"] = MilitaryHonour.SecondClassMerit,
        ["applicant.serviceDisability"] = DisabilityCause.None,
        ["applicant.placementChoice"] = PlacementChoice.SelfEmployment,
        ["applicant.ncoYears"] = ncoYears,
    };

    private static AmountReport Amount(ProgramReport program, string id) => Assert.Single(program.Amounts, a => a.Id == id);

    private static ProgramReport Evaluate(ScreeningServices services, string program, IReadOnlyDictionary<string, object> answers) =>
        Assert.Single(services.Eligibility.Evaluate(new EvaluationRequest(
            Today, "zh-CN", answers.ToDictionary(a => a.Key, a => Answer.Known(services.Variables[a.Key], a.Value))) with { Programs = [program] }).Programs);
}
