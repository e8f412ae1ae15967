using PolicyRules.Localization;
using PolicyRules.Rules;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Text;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Tests;

/// <summary>
/// Figures with units on the real areas: areas in square metres, beds and shares read from everyday
/// answers, shares and amounts of money shown as people read them, and a reading of the register noted
/// only on the programs whose result rests on the answer.
/// </summary>
public sealed class SharesAndUnitsTests
{
    private static readonly DateOnly InPilot = new(2017, 7, 10);
    private static readonly VariableRegistry Variables = ScreeningServices.Default.Eligibility.Variables;

    [Theory]
    [InlineData("station.mainArea", "300平方米", "300")]
    [InlineData("station.mainArea", "二百五十平", "250")]
    [InlineData("station.beds", "15张床位", "15")]
    [InlineData("building.storeys", "六层", "6")]
    [InlineData("building.completedYear", "1998年", "1998")]
    [InlineData("elevator.installationCost", "60万元", "600000")]
    public void Recognize_AnswerWithTheVariablesUnit_IsTheNumber(string id, string text, string expected)
    {
        // Act
        var result = AnswerRecognizer.Recognize(Variables[id], text, "zh-CN", InPilot);

        // Assert
        Assert.Equal(RecognitionOutcome.Known, result.Outcome);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDecimal(result.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Recognize_SquareMetresForABedCount_IsAskedAgain()
    {
        // Act
        var result = AnswerRecognizer.Recognize(Variables["station.beds"], "300平方米", "zh-CN", InPilot);

        // Assert
        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
    }

    [Theory]
    [InlineData("三分之二")]
    [InlineData("12户中8户")]
    [InlineData("2/3")]
    public void Recognize_TwoThirdsOfTheOwners_IsExactlyTheParameter(string text)
    {
        // Arrange
        var parameter = Rules.Common.ParameterBinder.Convert("2/3", typeof(decimal), "consent_owner_share_min");

        // Act
        var result = AnswerRecognizer.Recognize(Variables["entrance.ownersConsentShare"], text, "zh-CN", InPilot);

        // Assert
        Assert.Equal(parameter, result.Value);
    }

    [Theory]
    [InlineData("{city_district_elevator_rate}", "50%")]
    [InlineData("{consent_owner_share_min}", "2/3")]
    [InlineData("{city_district_elevator_cap}", "300,000")]
    public void Render_ShareAndMoneyParameters_ReadAsPeopleWriteThem(string text, string expected)
    {
        // Act
        var rendered = TextRenderer.Render(new Localized { ZhCn = text }, "zh-CN", PolicyLibrary.Default.Catalog("elevator-retrofit"), InPilot);

        // Assert
        Assert.Equal(expected, rendered);
    }

    [Fact]
    public void Format_ShareAnswer_IsAPercentage()
    {
        // Arrange
        var answer = Answer.Known(Variables["entrance.ownersConsentShare"], 0.75m);

        // Act / Assert
        Assert.Equal("75%", AnswerFormatter.Format(answer, "zh-CN"));
    }

    [Fact]
    public void Evaluate_CostNotKnown_FormulaShowsTheRateAsAPercentage()
    {
        // Act
        var subsidy = Program(Building(), "elevator-retrofit.subsidy");

        // Assert
        Assert.Equal(ProgramStatus.Eligible, subsidy.Status);
        Assert.StartsWith("Min(50% × ［", subsidy.Amounts.Single(a => a.Id == "city-district-elevator").Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExactlyTwoThirdsOfTheOwners_ReadingNotedWhereTheResultRestsOnItOnly()
    {
        // Arrange
        var answers = Building();
        answers["entrance.ownersConsentShare"] = 2m / 3m;

        // Act
        var consent = Program(answers, "elevator-retrofit.owner-consent");
        var pilot = Program(answers, "elevator-retrofit.pilot");

        // Assert
        Assert.Contains(consent.Reasons, r => r.Text.Contains("同意的业主正好占三分之二", StringComparison.Ordinal));
        Assert.DoesNotContain(pilot.Reasons, r => r.Text.Contains("三分之二", StringComparison.Ordinal));
    }

    private static Dictionary<string, object> Building() => new()
    {
        ["building.inHaidian"] = true, ["building.urbanResidential"] = true, ["building.storeys"] = 6, ["building.hasElevator"] = false,
        ["building.completedYear"] = 1995, ["building.inRedevelopmentPlan"] = false, ["building.ownership"] = BuildingOwnership.CityOrDistrict,
        ["building.unitEntrances"] = 4, ["building.lawfulFormalities"] = true,
        ["entrance.ownersConsentShare"] = 0.9m, ["entrance.areaConsentShare"] = 0.9m, ["entrance.affectedOwners"] = AffectedOwners.AllAgree,
    };

    private static ProgramReport Program(Dictionary<string, object> answers, string program) =>
        ScreeningServices.Default.Eligibility.Evaluate(new EvaluationRequest(
            InPilot, "zh-CN", answers.ToDictionary(a => a.Key, a => Answer.Known(Variables[a.Key], a.Value)))).Programs.Single(p => p.Id == program);
}
