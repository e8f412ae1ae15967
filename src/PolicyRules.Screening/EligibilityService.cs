using PolicyRules.Engine;
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
    private readonly Dictionary<string, AreaCatalog> _areaOfProgram;

    internal EligibilityService(PolicyLibrary library, VariableRegistry variables)
    {
        _library = library;
        Variables = variables;
        _areaOfProgram = library.Catalogs.SelectMany(c => c.Programs.Select(p => (p.Id, Catalog: c))).ToDictionary(p => p.Id, p => p.Catalog, StringComparer.Ordinal);
    }

    public VariableRegistry Variables { get; }

    public Report Evaluate(EvaluationRequest request) => Evaluate(request, null);

    /// <summary>Evaluates and tells <paramref name="onRuleFired"/> each rule that fired (for coverage checks and traces).</summary>
    public Report Evaluate(EvaluationRequest request, Action<Engine.RuleModel.CompiledRule>? onRuleFired) =>
        Assess(request, _library.Factory, _library.Catalogs, onRuleFired).Report;

    /// <summary>
    /// Evaluates and gives each program's standing at once; the explained report is built only if
    /// <see cref="Assessment.Report"/> is read.
    /// </summary>
    /// <remarks>
    /// Programs of one area (an interview's) stand where that area's rules alone put them, so their standings come from a
    /// network of its rules only, at a fraction of the whole library's cost. Explaining a refusal follows derived facts
    /// into whichever area's rules produce them, so the report comes from the whole library, as for the CLI and the API.
    /// </remarks>
    public Assessment Assess(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (OneAreaOf(request.Programs) is not { } area)
        {
            return Assess(request, _library.Factory, _library.Catalogs, onRuleFired: null);
        }

        var standings = Assess(request, _library.FactoryFor(area.Area), [area], onRuleFired: null).Programs;
        return new Assessment(standings, () => Evaluate(request));
    }

    private Assessment Assess(EvaluationRequest request, ISessionFactory factory, IEnumerable<AreaCatalog> catalogs, Action<Engine.RuleModel.CompiledRule>? onRuleFired)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request with { Answers = GatheredAnswers.Settle(request.Answers) };
        var session = factory.CreateSession(request.Date);
        session.RuleFired += onRuleFired;
        session.InsertAll(_library.ContextFacts(request.Date));
        session.InsertAll(InputFacts.Build(Variables, request.Answers.Values));
        session.Fire();

        var programs = new List<(ProgramReportBuilder Builder, ProgramEntry Entry, Standing Standing)>();
        var absences = new AbsenceExplanations(session, request.Programs);
        foreach (var catalog in catalogs)
        {
            var builder = new ProgramReportBuilder(session, absences, factory.Analysis, catalog, request, Variables);
            programs.AddRange(catalog.Programs
                .Where(p => request.Programs is null || request.Programs.Contains(p.Id))
                .Select(p => (builder, p, builder.Stand(p))));
        }

        return new Assessment(
            [.. programs.Select(p => p.Standing.Program)],
            () => new Report(request.Date.ToString("yyyy-MM-dd"), request.Locale, PolicyLibrary.Version, [.. programs.Select(p => p.Builder.Build(p.Entry, p.Standing))]));
    }

    /// <summary>The one area all of <paramref name="programs"/> belong to; null when they are of several (or not given).</summary>
    private AreaCatalog? OneAreaOf(IReadOnlyCollection<string>? programs)
    {
        var areas = programs?.Select(p => _areaOfProgram.GetValueOrDefault(p)).Distinct().Take(2).ToArray();
        return areas is [{ } area] ? area : null;
    }
}
