using NRules.RuleModel;
using PolicyRules.Benchmarks.Cases;
using PolicyRules.Benchmarks.Engines;
using PolicyRules.Engine;
using PolicyRules.Rules;

namespace PolicyRules.Benchmarks;

/// <summary>
/// A rule set, loaded once into an NRules repository, and the case both engines run on it: the 40-
/// and 400-rule sets with the citizen case, and the real enrolment rules with the enrolment case.
/// </summary>
public sealed class Workload
{
    public const string Forty = "40";
    public const string FourHundred = "400";
    public const string Enrolment = "Enrolment";

    private readonly Func<IBenchCase> _newCase;
    private readonly Lazy<Engine.ISessionFactory> _ours;

    private Workload(string name, IRuleRepository repository, Func<IBenchCase> newCase)
    {
        Name = name;
        Repository = repository;
        _newCase = newCase;
        _ours = new(() => repository.CompileThreeValued());
        AsOf = newCase().AsOf;
    }

    public static IReadOnlyList<string> All { get; } = [Forty, FourHundred, Enrolment];

    public string Name { get; }

    public IRuleRepository Repository { get; }

    public DateOnly AsOf { get; }

    /// <summary>Our engine's session factory, compiled once.</summary>
    public Engine.ISessionFactory Ours => _ours.Value;

    /// <summary>What NRules is given: the definitions of the rules in force on the case's date.</summary>
    public IReadOnlyList<IRuleDefinition> InForce => NRulesEngine.InForce(Ours, AsOf);

    public static Workload Load(string name) => name switch
    {
        Forty => new Workload(name, BenchRuleSets.Load(BenchRuleSets.Rules40), () => CitizenCase.Create()),
        FourHundred => new Workload(name, BenchRuleSets.Load(BenchRuleSets.Rules400), () => CitizenCase.Create()),
        Enrolment => new Workload(name, PolicyLibrary.Default.Repository, EnrolmentCase.Create),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"one of {string.Join(", ", All)}"),
    };

    /// <summary>A new instance of the case: its own facts, so that a changed answer touches one session only.</summary>
    public IBenchCase NewCase() => _newCase();

    public NRules.ISessionFactory CompileNRules() => NRulesEngine.Compile(InForce);
}
