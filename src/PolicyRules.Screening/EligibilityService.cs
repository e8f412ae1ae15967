using PolicyRules.Rules;
using PolicyRules.Rules.Catalog;
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
    public Report Evaluate(EvaluationRequest request, Action<Engine.RuleModel.CompiledRule>? onRuleFired) => Assess(request, onRuleFired).Report;

    /// <summary>
    /// Evaluates and gives each program's standing at once; the explained report is built from the same session only if
    /// <see cref="Assessment.Report"/> is read.
    /// </summary>
    public Assessment Assess(EvaluationRequest request) => Assess(request, null);

    private Assessment Assess(EvaluationRequest request, Action<Engine.RuleModel.CompiledRule>? onRuleFired)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = _library.Factory.CreateSession(request.Date);
        session.RuleFired += onRuleFired;
        session.InsertAll(_library.ContextFacts(request.Date));
        session.InsertAll(InputFacts.Build(Variables, request.Answers.Values));
        session.Fire();

        var programs = new List<(ProgramReportBuilder Builder, ProgramEntry Entry, Standing Standing)>();
        foreach (var catalog in _library.Catalogs)
        {
            var builder = new ProgramReportBuilder(session, _library.Factory.Analysis, catalog, request, Variables);
            programs.AddRange(catalog.Programs
                .Where(p => request.Programs is null || request.Programs.Contains(p.Id))
                .Select(p => (builder, p, builder.Stand(p))));
        }

        return new Assessment(
            [.. programs.Select(p => p.Standing.Program)],
            () => new Report(request.Date.ToString("yyyy-MM-dd"), request.Locale, PolicyLibrary.Version, [.. programs.Select(p => p.Builder.Build(p.Entry, p.Standing))]));
    }
}
