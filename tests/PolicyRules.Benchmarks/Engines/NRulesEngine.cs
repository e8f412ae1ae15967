using NRules;
using NRules.RuleModel;
using PolicyRules.Benchmarks.Cases;

namespace PolicyRules.Benchmarks.Engines;

/// <summary>
/// NRules' own runtime, as shipped, on the same rule definitions and the same facts. It is given only
/// the rules in force on the case's date: it has no effective dates, and our engine skips the other
/// rules. Its fact identity stays the default (record equality): no two facts of these cases are equal
/// records, which <c>--check</c> would show, as NRules refuses to insert a fact equal to one it holds.
/// The goal is asked with <c>Query&lt;T&gt;().Any(…)</c>, a scan of working memory.
/// </summary>
public static class NRulesEngine
{
    public static NRules.ISessionFactory Compile(IEnumerable<IRuleDefinition> rulesInForce) =>
        new RuleCompiler().Compile(rulesInForce);

    /// <summary>The NRules definitions of the rules our engine holds in force on <paramref name="date"/>.</summary>
    public static IReadOnlyList<IRuleDefinition> InForce(Engine.ISessionFactory ours, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(ours);
        return [.. ours.Rules.Where(r => r.Effective.Contains(date)).Select(r => r.Definition)];
    }

    public static NRules.ISession NewSession(NRules.ISessionFactory factory, IBenchCase citizen, out int fired)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(citizen);
        var session = factory.CreateSession();
        session.InsertAll(citizen.Facts);
        fired = session.Fire();
        return session;
    }

    public static bool Run(NRules.ISessionFactory factory, IBenchCase citizen)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        return citizen.GoalHolds(NewSession(factory, citizen, out _));
    }

    /// <summary>One answer changed in a live session: update the fact, fire, query the goal.</summary>
    public static bool Answer(NRules.ISession session, IBenchCase citizen, bool changed)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(citizen);
        citizen.ChangeAnswer(changed);
        session.Update(citizen.ChangedFact);
        session.Fire();
        return citizen.GoalHolds(session);
    }
}
