using PolicyRules.Rules;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>
/// One variation run by both engines: the same fact instances (the policy context and the input facts
/// the product builds from the answers) inserted into a session of our engine and one of NRules', both fired.
/// The policy context holds the figures of the variation's operator's parameter file, if it has one: the
/// rules are the same, only the parameters they read differ.
/// </summary>
internal sealed class Bout
{
    private readonly IReadOnlyList<object> _given;
    private readonly Engine.ISession _ours;
    private readonly NRules.ISession _theirs;
    private readonly HashSet<string> _oursFired = new(StringComparer.Ordinal);
    private readonly HashSet<string> _theirsFired = new(StringComparer.Ordinal);
    private bool _changed;

    private Bout(Variation variation)
    {
        Variation = variation;
        _given = [.. CaseRunner.LibraryWith(variation.OperatorFile).ContextFacts(variation.Date), .. InputFacts.Build(CaseRunner.Service.Variables, variation.Answers.Values)];
        FullyAnswered.Check(_given);
        _ours = PolicyLibrary.Default.Factory.CreateSession(variation.Date);
        _theirs = NRulesReference.CreateSession(variation.Date);
        _ours.RuleFired += r => _oursFired.Add(r.Name);
        _theirs.Events.RuleFiredEvent += (_, e) => _theirsFired.Add(e.Rule.Name);
        _ours.InsertAll(_given);
        _theirs.InsertAll(_given);
    }

    public Variation Variation { get; private set; }

    public static Bout Start(Variation variation)
    {
        var bout = new Bout(variation);
        bout.Fire();
        return bout;
    }

    /// <summary>Changes one answer on the input fact both sessions share, updates that fact in both, and fires both.</summary>
    public void Change(Answer answer)
    {
        var fact = _given.Single(f => f.GetType() == answer.Variable.FactType);
        answer.Variable.Property.SetValue(fact, InputValue.Known(answer.Variable.ValueType, answer.Value!));
        _ours.Update(fact);
        _theirs.Update(fact);
        Variation = Variation.With(answer);
        _changed = true;
        Fire();
    }

    /// <summary>
    /// The derived facts (everything a session holds but what was inserted) compared as sets under value
    /// equality, and each program's status: ours from the product's report for the same answers and
    /// date, NRules' from its facts (<see cref="StatusMapping"/>).
    /// </summary>
    public Verdict Judge(string stage)
    {
        var disagreements = new List<string>();
        var theirs = Derived(_theirs.Query<object>());
        CompareFacts(Derived(_ours.Query<object>()), theirs, disagreements);

        if (!_changed)
        {
            CompareFired(disagreements);
        }

        var possible = _ours.Determine<object>().PossibleFacts;
        disagreements.AddRange(possible.Select(f => $"our engine holds a merely possible fact on a fully-answered case: {FactText.Of(f)}"));

        var report = CaseRunner.ServiceWith(Variation.OperatorFile).Evaluate(new EvaluationRequest(Variation.Date, "zh-CN", Variation.Answers));
        var statuses = new Dictionary<string, string>();
        foreach (var program in report.Programs)
        {
            var expected = statuses[program.Id] = StatusMapping.StatusOf(program.Id, theirs);
            if (program.Status == ProgramStatus.Undetermined)
            {
                disagreements.Add($"{program.Id}: our report says undetermined on a fully-answered case (NRules: {expected})");
            }
            else if (program.Status != expected)
            {
                disagreements.Add($"{program.Id}: our report says {program.Status}, NRules' facts say {expected}");
            }
        }

        return new Verdict(Variation, stage, disagreements, statuses, theirs, [.. _theirsFired]);
    }

    private void Fire()
    {
        _ours.Fire();
        _theirs.Fire();
    }

    private object[] Derived(IEnumerable<object> held) => [.. held.Where(f => !_given.Contains(f, ReferenceEqualityComparer.Instance))];

    /// <summary>
    /// Before any change the rules are monotone (matches and yields only), so a rule fires in either
    /// engine exactly when its match holds at the end: the same rules must have fired. This catches a
    /// rule firing wrongly whose fact another rule yields anyway. After a change it is no longer
    /// comparable: NRules fires again on re-activation, and may fire on a state in between.
    /// </summary>
    private void CompareFired(List<string> disagreements)
    {
        disagreements.AddRange(_oursFired.Except(_theirsFired).Select(r => $"only our engine fired {r}").Order(StringComparer.Ordinal));
        disagreements.AddRange(_theirsFired.Except(_oursFired).Select(r => $"only NRules fired {r}").Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// As sets: our engine merges equal possible facts into one with several justifications while NRules
    /// keeps one linked fact per activation, so only which facts hold is comparable, not how many copies.
    /// </summary>
    private static void CompareFacts(object[] ours, object[] theirs, List<string> disagreements)
    {
        var ourSet = ours.ToHashSet();
        var theirSet = theirs.ToHashSet();
        disagreements.AddRange(ourSet.Where(f => !theirSet.Contains(f)).Select(f => $"only our engine derived {FactText.Of(f)}").Order(StringComparer.Ordinal));
        disagreements.AddRange(theirSet.Where(f => !ourSet.Contains(f)).Select(f => $"only NRules derived {FactText.Of(f)}").Order(StringComparer.Ordinal));
    }
}
