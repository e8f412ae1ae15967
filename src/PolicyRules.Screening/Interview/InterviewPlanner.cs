using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Interview;

/// <summary>
/// Chooses the next question from the engine's own dependency analysis: among the inputs that are
/// still missing for some undetermined program in scope (inputs on a derivation that can still
/// hold), the one that matters to the most of those programs — counting twice a program the
/// person's situation is known to fall under. An input no undetermined program needs is never
/// asked, and when every program in scope is decided there is no next question.
/// </summary>
public sealed class InterviewPlanner(IEligibilityService service, VariableRegistry variables)
{
    private readonly Dictionary<string, int> _catalogueOrder = variables.All
        .Select((v, i) => (v.Id, i))
        .ToDictionary(x => x.Id, x => x.i);

    public InterviewStep Next(DateOnly date, string locale, IReadOnlyDictionary<string, Answer> answers, IReadOnlyCollection<string> programs)
    {
        var assessment = Assess(new EvaluationRequest(date, locale, answers, programs));
        // Open: undetermined, or granted with an amount whose formula still needs an answer.
        var open = assessment.Programs.Where(p => p.Status == ProgramStatus.Undetermined || p.Missing.Count > 0).ToArray();
        var candidates = open
            .SelectMany(p => p.Missing.Select((variable, rank) => (Variable: variable, Program: p, Rank: rank)))
            .Where(c => !answers.ContainsKey(c.Variable))
            .GroupBy(c => c.Variable)
            .Select(g => (
                Variable: g.Key,
                Programs: g.Select(c => c.Program.Id).Distinct().ToArray(),
                Weight: g.DistinctBy(c => c.Program.Id).Sum(c => c.Program.Applies == true ? 2 : 1),
                Rank: g.Min(c => c.Rank)))
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.Rank)
            .ThenBy(c => _catalogueOrder.GetValueOrDefault(c.Variable, int.MaxValue))
            .ToArray();

        if (candidates.Length == 0)
        {
            return new InterviewStep(assessment, null, [], answers.Count, 0);
        }

        var best = candidates[0];
        return new InterviewStep(assessment, variables[best.Variable], best.Programs, answers.Count, Estimate(open, candidates.Length));
    }

    /// <summary>
    /// The engine's own service gives the standings without explaining them; any other service (a test's mock) is asked
    /// for its report.
    /// </summary>
    private Assessment Assess(EvaluationRequest request) =>
        service is EligibilityService engine ? engine.Assess(request) : Assessment.Of(service.Evaluate(request));

    /// <summary>
    /// Roughly how many questions are left: every input still missing for a program that applies,
    /// plus one for each program that may apply (most are settled by one answer), never more than
    /// the distinct inputs missing.
    /// </summary>
    private static int Estimate(IReadOnlyList<ProgramStanding> open, int distinctMissing)
    {
        var applying = open.Where(p => p.Applies == true).SelectMany(p => p.Missing).Distinct().Count();
        var mayApply = open.Count(p => p.Applies != true);
        return Math.Max(1, Math.Min(distinctMissing, applying + mayApply));
    }
}
