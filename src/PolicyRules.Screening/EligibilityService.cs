using PolicyRules.Rules;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening;

/// <summary>
/// Screens answers against every program: one session with the policy context and the input facts,
/// fired once, then a report per program built from what the engine determined and why.
/// </summary>
public sealed class EligibilityService : IEligibilityService
{
    private readonly PolicyLibrary _library;

    internal EligibilityService(PolicyLibrary library, VariableRegistry variables)
    {
        _library = library;
        Variables = variables;
    }

    public VariableRegistry Variables { get; }

    public Report Evaluate(EvaluationRequest request) => Evaluate(request, null);

    /// <summary>Evaluates and tells <paramref name="onRuleFired"/> each rule that fired (for coverage checks and traces).</summary>
    public Report Evaluate(EvaluationRequest request, Action<Engine.RuleModel.CompiledRule>? onRuleFired)
    {
        var session = _library.Factory.CreateSession(request.Date);
        session.RuleFired += onRuleFired;
        session.InsertAll(_library.ContextFacts(request.Date));
        session.InsertAll(InputFacts.Build(Variables, request.Answers.Values));
        session.Fire();

        var programs = new List<ProgramReport>();
        var absences = new AbsenceExplanations(session, request.Programs);
        foreach (var catalog in _library.Catalogs)
        {
            var builder = new ProgramReportBuilder(session, absences, _library.Factory.Analysis, catalog, request, Variables);
            programs.AddRange(catalog.Programs
                .Where(p => request.Programs is null || request.Programs.Contains(p.Id))
                .Select(builder.Build));
        }

        return new Report(request.Date.ToString("yyyy-MM-dd"), request.Locale, PolicyLibrary.Version, programs);
    }
}
