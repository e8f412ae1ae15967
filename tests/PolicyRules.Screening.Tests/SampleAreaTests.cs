using PolicyRules.Engine.Evaluation;
using PolicyRules.SampleArea.ChildcareAllowance;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Parameters;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Tests;

/// <summary>
/// A throw-away area in another assembly (tests/PolicyRules.SampleArea: one manifest, the shared
/// child.birthDate, one own variable, one rule granting two amounts) is found and served like school
/// enrolment, with no edit outside its folder; an amount whose figure no operator has set shows its formula.
/// </summary>
public sealed class SampleAreaTests
{
    private const string Program = ChildcareAllowanceNames.Program;
    private static readonly ScreeningServices Services = ScreeningServices.Create(typeof(ChildcareParameters).Assembly);
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void Catalog_AreaInAnotherAssembly_IsATopicWithItsProgramAndVariables()
    {
        // Act
        var area = Assert.Single(Services.Catalog.Areas, a => a.Id == "childcare-allowance");
        var program = Assert.Single(Services.Catalog.Programs("zh-CN"), p => p.Id == Program);
        var variables = Services.Catalog.VariableListings("zh-CN", Today, Program);

        // Assert
        Assert.Equal("托育补贴（样例）", area.Title.In("zh-CN"));
        Assert.Contains("托育", area.Words);
        Assert.Equal([Program], area.Programs);
        Assert.Equal("childcare-allowance", program.Area);
        Assert.Equal("样例区民政局", program.Office);
        Assert.Equal(["child.birthDate", "childcare.inCare", "childcare.monthsInCare"], variables.Select(v => v.Id).Order(StringComparer.Ordinal));
        Assert.Equal("citizen", variables.Single(v => v.Id == "child.birthDate").Area);
        Assert.Contains(Services.Catalog.Areas, a => a.Id == "school-enrolment");
    }

    [Fact]
    public void Variables_SharedBirthDate_OneVariableReadByBothAreasWithEachAreasReason()
    {
        // Act
        var birthDate = Services.Variables["child.birthDate"];

        // Assert
        Assert.Contains(Program, birthDate.Programs);
        Assert.Contains("school-enrolment.primary.local", birthDate.Programs);
        Assert.Equal("孩子的出生日期是哪天？", birthDate.Question("zh-CN", Today));
        Assert.Equal("托育补贴发给2023年1月1日以后出生的孩子。", birthDate.Why("zh-CN", Today, "childcare-allowance"));
        Assert.StartsWith("小学入学须年满6周岁", birthDate.Why("zh-CN", new DateOnly(2017, 5, 10), "school-enrolment"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-01-01", ProgramStatus.Ineligible)]
    [InlineData("2023-01-02", ProgramStatus.Eligible)]
    public void Evaluate_BirthDateAroundCutoff_EligibleOnlyAfterIt(string birthDate, string expected)
    {
        // Act
        var program = Evaluate(("childcare.inCare", true), ("child.birthDate", DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture)), ("childcare.monthsInCare", 10));

        // Assert
        Assert.Equal(expected, program.Status);
    }

    [Fact]
    public void Evaluate_EligibleChildTenMonthsInCare_AllowanceComputedAndUnsetSupplementShownAsFormula()
    {
        // Act
        var program = Evaluate(("childcare.inCare", true), ("child.birthDate", new DateOnly(2024, 3, 1)), ("childcare.monthsInCare", 10));

        // Assert
        var allowance = Assert.Single(program.Amounts, a => a.Id == "monthly-allowance");
        Assert.Equal(5000m, allowance.Value);
        Assert.Null(allowance.Formula);
        Assert.Equal(("yuan", "total", 3m), (allowance.Unit, allowance.Period, allowance.Years));
        Assert.Equal("样例文〔2026〕1号", allowance.Citation!.Document);
        var supplement = Assert.Single(program.Amounts, a => a.Id == "district-supplement");
        Assert.Null(supplement.Value);
        Assert.Equal("［区补贴标准（尚未设定）］", supplement.Formula);
        Assert.Empty(program.Missing);
    }

    [Fact]
    public void Evaluate_EligibleMonthsNotAnswered_FormulaNamesTheQuestionAndTheAnswerIsMissing()
    {
        // Act
        var program = Evaluate(("childcare.inCare", true), ("child.birthDate", new DateOnly(2024, 3, 1)));

        // Assert
        Assert.Equal(ProgramStatus.Eligible, program.Status);
        var allowance = Assert.Single(program.Amounts, a => a.Id == "monthly-allowance");
        Assert.Null(allowance.Value);
        Assert.Equal("500元 × ［孩子在托育机构托育了几个月（尚未回答）］", allowance.Formula);
        Assert.Equal(["childcare.monthsInCare"], program.Missing);
    }

    [Fact]
    public void Evaluate_OperatorSetTheSupplement_ItsValueIsUsed()
    {
        // Arrange
        var file = OperatorFiles.Write("""
            childcare-allowance:
              district_supplement_per_month:
                - from: 2026-01-01
                  value: 200
                  source: 样例区民政局2026年1月公布（测试）
            """);
        var services = ScreeningServices.Create(file, typeof(ChildcareParameters).Assembly);

        // Act
        var program = Evaluate(services, ("childcare.inCare", true), ("child.birthDate", new DateOnly(2024, 3, 1)), ("childcare.monthsInCare", 10));

        // Assert
        var supplement = Assert.Single(program.Amounts, a => a.Id == "district-supplement");
        Assert.Equal(200m, supplement.Value);
        Assert.Null(supplement.Formula);
    }

    [Theory]
    [InlineData("childcare-allowance:\n  allowance_per_month:\n    - { from: 2026-01-01, value: 900, source: x }\n", "'allowance_per_month' is given by the policy text")]
    [InlineData("childcare-allowance:\n  no_such_figure:\n    - { from: 2026-01-01, value: 1, source: x }\n", "has no parameter 'no_such_figure'")]
    [InlineData("nowhere:\n  x:\n    - { from: 2026-01-01, value: 1, source: x }\n", "there is no area 'nowhere'")]
    [InlineData("childcare-allowance:\n  district_supplement_per_month:\n    - { from: 2026-01-01, value: 1 }\n", "needs its source")]
    [InlineData("childcare-allowance:\n  district_supplement_per_month:\n    - { from: 1 Jan 2026, value: 1, source: x }\n", "is not yyyy-MM-dd")]
    public void Create_OperatorFileWithAMistake_RefusedNamingTheFileAndTheMistake(string yaml, string mistake)
    {
        // Arrange
        var file = OperatorFiles.Write(yaml);

        // Act
        var error = Record.Exception(() => ScreeningServices.Create(file, typeof(ChildcareParameters).Assembly));

        // Assert
        var refused = Assert.IsType<OperatorParametersException>(error);
        Assert.Contains(file, refused.Message, StringComparison.Ordinal);
        Assert.Contains(mistake, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interview_SampleArea_AsksOwnAndSharedQuestionsThenTheAmountsInput()
    {
        // Arrange
        var planner = new InterviewPlanner(Services.Eligibility, Services.Variables);
        var given = new Dictionary<string, object> { ["childcare.inCare"] = true, ["child.birthDate"] = new DateOnly(2024, 3, 1), ["childcare.monthsInCare"] = 10 };
        var answers = new Dictionary<string, Answer>();
        var asked = new List<string>();

        // Act
        InterviewStep step;
        while (!(step = planner.Next(Today, "zh-CN", answers, [Program])).IsComplete)
        {
            asked.Add(step.Question!.Id);
            answers[step.Question.Id] = Answer.Known(step.Question, given[step.Question.Id]);
        }

        // Assert
        Assert.Equal(["childcare.inCare", "child.birthDate", "childcare.monthsInCare"], asked);
        var program = Assert.Single(step.Report.Programs);
        Assert.Equal(ProgramStatus.Eligible, program.Status);
        Assert.Equal(5000m, program.Amounts.Single(a => a.Id == "monthly-allowance").Value);
    }

    [Fact]
    public void Evaluate_SchoolEnrolmentCaseWithSampleAreaLoaded_SameReportAsWithoutIt()
    {
        // Arrange
        var date = new DateOnly(2017, 5, 10);
        var answers = new Dictionary<string, object> { ["child.stage"] = Rules.SchoolEnrolment.Facts.SchoolStage.Primary, ["child.hukou"] = Rules.SchoolEnrolment.Facts.HukouLocation.Mentougou, ["child.birthDate"] = new DateOnly(2011, 8, 31) };

        // Act
        var with = Services.Eligibility.Evaluate(Request(Services, date, answers));
        var without = ScreeningServices.Default.Eligibility.Evaluate(Request(ScreeningServices.Default, date, answers));

        // Assert
        Assert.Equal(ReportJson.Serialize(without), ReportJson.Serialize(with with { Programs = [.. with.Programs.Where(p => !p.Id.StartsWith("childcare", StringComparison.Ordinal))] }));
    }

    private static ProgramReport Evaluate(params (string Id, object Value)[] answers) => Evaluate(Services, answers);

    private static ProgramReport Evaluate(ScreeningServices services, params (string Id, object Value)[] answers) =>
        Assert.Single(services.Eligibility.Evaluate(Request(services, Today, answers.ToDictionary(a => a.Id, a => a.Value)) with { Programs = [Program] }).Programs);

    private static EvaluationRequest Request(ScreeningServices services, DateOnly date, IReadOnlyDictionary<string, object> answers) =>
        new(date, "zh-CN", answers.ToDictionary(a => a.Key, a => Answer.Known(services.Variables[a.Key], a.Value)));
}
