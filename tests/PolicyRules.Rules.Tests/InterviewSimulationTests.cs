using System.Globalization;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// Every policy case replayed as an interview: a person who answers from the case's facts (and says
/// "don't know" to anything the case leaves out) must reach the same result for every program as
/// the case's full evaluation, and is never asked more than one question per variable. "Ineligible"
/// and "not applicable" are the same outcome for the person (no): telling them apart is not worth a
/// question, so the interview may stop at either.
/// </summary>
public sealed class InterviewSimulationTests
{
    [Theory]
    [PolicyCases]
    public void Interview_AnsweringFromTheCase_ReachesTheCasesResultForEveryProgram(PolicyCase policyCase)
    {
        // Arrange
        var service = CaseRunner.ServiceFor(policyCase);
        var planner = new InterviewPlanner(service, service.Variables);
        var date = DateOnly.Parse(policyCase.Date, CultureInfo.InvariantCulture);
        var given = CaseRunner.Answers(policyCase);
        var programs = PolicyLibrary.Default.Catalog(policyCase.Area).Programs.Select(p => p.Id).ToArray();
        var answers = new Dictionary<string, Answer>();

        // Act
        InterviewStep step;
        while (!(step = planner.Next(date, policyCase.Locale, answers, programs)).IsComplete)
        {
            var question = step.Question!;
            Assert.False(answers.ContainsKey(question.Id), $"{policyCase}: {question.Id} asked twice");
            answers[question.Id] = question.AnswerFrom(given) ?? Answer.Uncertain(question);
        }

        // Assert
        var expected = CaseRunner.Run(policyCase).Report.Programs.ToDictionary(p => p.Id, p => p.Status);
        Assert.All(step.Report.Programs, p => Assert.True(Outcome(expected[p.Id]) == Outcome(p.Status),
            $"{policyCase}: {p.Id} ends {p.Status} after asking [{string.Join(", ", answers.Keys)}], the case gives {expected[p.Id]}"));
        Assert.True(answers.Count <= service.Variables.All.Count);
    }

    private static string Outcome(string status) => status == Screening.Reports.ProgramStatus.NotApplicable ? Screening.Reports.ProgramStatus.Ineligible : status;
}
