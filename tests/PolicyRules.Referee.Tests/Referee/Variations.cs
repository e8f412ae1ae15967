using System.Collections.Concurrent;
using System.Globalization;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>
/// Fully-answered variations for one area: completions of its policy cases, and seeded random
/// variations. Every variable of every area is answered, since the product inserts every input fact.
/// </summary>
internal sealed class Variations
{
    /// <summary>Chance that a random variation starts from a policy case rather than from nothing, and that it keeps the case's date.</summary>
    private const double FromCase = 0.7;
    private const double KeepDate = 0.7;

    /// <summary>At most this many of the case's answers are drawn afresh (the rest of its answers are kept).</summary>
    private const int Redrawn = 3;

    private static readonly ConcurrentDictionary<string, Lazy<Variations>> ByArea = new(StringComparer.Ordinal);

    private readonly string _area;
    private readonly IReadOnlyList<PolicyCase> _cases;
    private readonly AnswerGenerator _generator;
    private readonly VariableDefinition[] _variables;

    private Variations(string area)
    {
        _area = area;
        _cases = PolicyCases.Load(area);
        _generator = new AnswerGenerator(Boundaries.Of(area));
        _variables = [.. CaseRunner.Service.Variables.All.OrderBy(v => v.Id, StringComparer.Ordinal)];
    }

    public static Variations For(string area) => ByArea.GetOrAdd(area, a => new Lazy<Variations>(() => new Variations(a))).Value;

    public AnswerGenerator Generator => _generator;

    public IReadOnlyList<VariableDefinition> Variables => _variables;

    /// <summary>Whether the case answers every variable with a value (not "uncertain"), so it can be refereed as it is.</summary>
    public bool IsFullyAnswered(PolicyCase policyCase)
    {
        var answers = CaseRunner.Answers(policyCase);
        return _variables.All(v => answers.TryGetValue(v.Id, out var a) && a.State == InputState.Known);
    }

    /// <summary>The case's date and known answers, every other variable (unanswered or "uncertain") filled; seeded by the case's name.</summary>
    public Variation Completion(PolicyCase policyCase, int index)
    {
        var random = new Random(StableSeed.Of($"{policyCase.File}/{policyCase.Name}#{index}"));
        var date = DateOnly.Parse(policyCase.Date, CultureInfo.InvariantCulture);
        var known = CaseRunner.Answers(policyCase).Values.Where(a => a.State == InputState.Known);
        return Fill($"completion {index} of case '{policyCase}'", date, known, random) with { OperatorFile = PolicyCases.OperatorFile(policyCase) };
    }

    /// <summary>
    /// Random variation <paramref name="index"/> of the run seeded <paramref name="seed"/>. Most start from a
    /// random policy case of the area, keep its date (usually) and all its answers but up to three, which
    /// are drawn afresh with everything the case leaves open: near the cases is where the deep routes
    /// are reached. The others are drawn from nothing.
    /// </summary>
    public Variation Random(int seed, int index)
    {
        var random = new Random(StableSeed.Of($"{_area}#{seed}#{index}"));
        var origin = $"random variation {index} of {_area} (REFEREE_SEED={seed})";
        if (random.NextDouble() >= FromCase)
        {
            return Fill(origin, _generator.EvaluationDate(random), [], random);
        }

        var basis = _cases[random.Next(_cases.Count)];
        var date = random.NextDouble() < KeepDate ? DateOnly.Parse(basis.Date, CultureInfo.InvariantCulture) : _generator.EvaluationDate(random);
        var known = CaseRunner.Answers(basis).Values.Where(a => a.State == InputState.Known).OrderBy(a => a.Variable.Id, StringComparer.Ordinal).ToList();
        for (var redrawn = random.Next(Redrawn + 1); redrawn > 0 && known.Count > 0; redrawn--)
        {
            known.RemoveAt(random.Next(known.Count));
        }

        var kept = known.Where(a => AnswerReader.Check(a.Variable, a.Value!, date) is null);
        return Fill($"{origin}, from case '{basis}'", date, kept, random) with { OperatorFile = PolicyCases.OperatorFile(basis) };
    }

    /// <summary>The given answers on the date, every other variable filled (seeded by <paramref name="seed"/>).</summary>
    public Variation Complete(string origin, DateOnly date, IEnumerable<Answer> known, int seed) => Fill(origin, date, known, new Random(seed));

    private Variation Fill(string origin, DateOnly date, IEnumerable<Answer> known, Random random)
    {
        var answers = known.ToDictionary(a => a.Variable.Id);
        foreach (var variable in _variables.Where(v => !answers.ContainsKey(v.Id)))
        {
            answers[variable.Id] = _generator.Next(variable, date, random);
        }

        return new Variation(origin, date, answers);
    }
}
