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
            .SelectMany(p => p.Missing.Select((variable, rank) => (Variable: AskedAs(variable, answers), Program: p, Rank: rank)))
            .Where(c => !answers.ContainsKey(c.Variable))
            .GroupBy(c => c.Variable)
            .Select(g => (
                Variable: g.Key,
                Programs: g.Select(c => c.Program.Id).Distinct().ToArray(),
                Weight: g.DistinctBy(c => c.Program.Id).Sum(c => c.Program.Applies == true ? 2 : 1),
                Rank: g.Min(c => c.Rank),
                RarelyApplies: IsGathered(g.Key) || g.All(c => c.Program.Missing.Any(IsGathered))))
            .OrderBy(c => c.RarelyApplies)
            .ThenByDescending(c => c.Weight)
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
    /// The question to ask for a missing <paramref name="variable"/>: the one gathering it with others that rarely apply,
    /// until that is answered.
    /// </summary>
    private string AskedAs(string variable, IReadOnlyDictionary<string, Answer> answers) =>
        variables[variable].GatheredBy is { } gathering && !answers.ContainsKey(gathering.Id) ? gathering.Id : variable;

    /// <summary>
    /// Rarely applying questions come last: those a gathering question stands for, that question, and (above) those that
    /// only matter to programs still waiting for one of them (the proof of a preference status before the status).
    /// </summary>
    private bool IsGathered(string variable) =>
        variables[variable] is var v && (v.GatheredBy is not null || v.GatheredAnswersOnNo.Count > 0);

    /// <summary>
    /// Roughly how many questions are left, erring high so that the count falls rather than jumps: every input still
    /// missing for a program that applies plus one for each program that may apply (most are settled by one answer), or,
    /// when more, everything the longest open route still needs; never more than the distinct inputs missing.
    /// </summary>
    private static int Estimate(IReadOnlyList<ProgramStanding> open, int distinctMissing)
    {
        var applying = open.Where(p => p.Applies == true).SelectMany(p => p.Missing).Distinct().Count();
        var mayApply = open.Count(p => p.Applies != true);
        var longestRoute = open.Max(p => p.Missing.Count);
        return Math.Max(1, Math.Min(distinctMissing, Math.Max(applying + mayApply, longestRoute)));
    }
}
