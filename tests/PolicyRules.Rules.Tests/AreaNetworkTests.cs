using System.Globalization;
using PolicyRules.Screening;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// An interview's next question is chosen from where its area's programs stand, worked out in a network of that area's
/// rules alone (cheaper than the whole library): for every policy case, each program's status, whether it applies and
/// what is still missing are exactly those of the whole library, and the explained report is the whole library's.
/// </summary>
public sealed class AreaNetworkTests
{
    [Theory]
    [PolicyCases]
    public void Assess_OneAreasPrograms_StandWhereTheWholeLibraryPutsThem(PolicyCase policyCase)
    {
        // Arrange
        var service = CaseRunner.ServiceFor(policyCase);
        var date = DateOnly.Parse(policyCase.Date, CultureInfo.InvariantCulture);
        var answers = CaseRunner.Answers(policyCase);
        var programs = PolicyLibrary.Default.Catalog(policyCase.Area).Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var whole = service.Evaluate(new EvaluationRequest(date, policyCase.Locale, answers));
        var expected = whole with { Programs = [.. whole.Programs.Where(p => programs.Contains(p.Id))] };

        // Act
        var assessment = service.Assess(new EvaluationRequest(date, policyCase.Locale, answers, programs));

        // Assert
        Assert.Equal(expected.Programs.Select(Standing), assessment.Programs.Select(Standing));
        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(assessment.Report));
    }

    private static string Standing(ProgramReport program) => Standing(ProgramStanding.Of(program));

    private static string Standing(ProgramStanding program) =>
        $"{program.Id} {program.Status} applies={program.Applies} missing=[{string.Join(", ", program.Missing)}]";
}
