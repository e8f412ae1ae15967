using System.Collections.Concurrent;
using NRules;
using NRules.RuleModel;
using PolicyRules.Rules;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>
/// NRules' own runtime over the very rule definitions the three-valued engine compiled
/// (<see cref="PolicyLibrary.Repository"/>), set up so that a comparison with our engine is fair:
/// <list type="bullet">
/// <item>Fact identity is the object reference. NRules' default is <c>Equals</c>, and derived facts are
/// records: two rules yielding equal records (two routes requiring one document) would collide in its
/// working memory, where our engine keeps both as facts that hold for certain.</item>
/// <item>Only the rules in force on the evaluation date are compiled (our <c>[Effective]</c> window,
/// which NRules knows nothing of), one factory per distinct set of rules.</item>
/// </list>
/// </summary>
internal static class NRulesReference
{
    private static readonly ConcurrentDictionary<string, Lazy<ISessionFactory>> Factories = new(StringComparer.Ordinal);

    /// <summary>The NRules definitions whose effective window, as our compiler read it, contains <paramref name="date"/>, in repository order.</summary>
    public static IReadOnlyList<IRuleDefinition> RulesInForce(DateOnly date)
    {
        var library = PolicyLibrary.Default;
        var inForce = library.Factory.Rules.Where(r => r.Effective.Contains(date)).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return [.. library.Repository.GetRules().Where(r => inForce.Contains(r.Name))];
    }

    public static NRules.ISession CreateSession(DateOnly date)
    {
        var rules = RulesInForce(date);
        var key = string.Join('\n', rules.Select(r => r.Name));
        return Factories.GetOrAdd(key, _ => new Lazy<ISessionFactory>(() => Compile(rules))).Value.CreateSession();
    }

    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules)
    {
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(rules);
    }
}
