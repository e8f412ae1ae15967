namespace PolicyRules.Rules.Tests;

public sealed class PolicyCaseTests
{
    [Theory]
    [PolicyCases]
    public void Evaluate_PolicyCase_ReportSaysWhatTheCaseExpects(PolicyCase policyCase)
    {
        // Arrange / Act
        var (report, fired) = CaseRunner.Run(policyCase);

        // Assert
        PolicyCaseAssert.Meets(policyCase, report, fired);
    }
}
