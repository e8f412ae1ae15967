using System.Globalization;
using PolicyRules.Rules;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Benchmarks.Questions;

/// <summary>
/// An area's longest policy case replayed as an interview over all the area's programs: the person answers from the
/// case and says "don't know" to the rest, as <see cref="CaseMeasurer"/> does.
/// </summary>
public static class InterviewReplay
{
    /// <summary>The request the planner sees at <paramref name="position"/> of the interview.</summary>
    public static EvaluationRequest Request(EligibilityService service, InterviewPlanner planner, string area, InterviewPosition position)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(planner);
        var policyCase = CaseFiles.Load(CaseFiles.RepositoryRoot(), area).MaxBy(c => c.Input.Count)
            ?? throw new InvalidOperationException($"Area '{area}' has no policy cases.");
        var date = DateOnly.Parse(policyCase.Date, CultureInfo.InvariantCulture);
        var programs = PolicyLibrary.Default.Catalog(area).Programs.Select(p => p.Id).ToArray();
        var given = CaseRunner.Answers(policyCase);
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var steps = new List<Dictionary<string, Answer>>();
        InterviewStep step;
        while (!(step = planner.Next(date, policyCase.Locale, answers, programs)).IsComplete)
        {
            steps.Add(new Dictionary<string, Answer>(answers, StringComparer.Ordinal));
            var question = step.Question!;
            answers[question.Id] = given.TryGetValue(question.Id, out var answer) ? answer : Answer.Uncertain(question);
        }

        var at = position == InterviewPosition.FirstQuestion ? steps[0] : steps[^1];
        return new EvaluationRequest(date, policyCase.Locale, at, programs);
    }
}
