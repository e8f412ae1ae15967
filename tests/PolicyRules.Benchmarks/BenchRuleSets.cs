using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.EligibilityRules;
using PolicyRules.Engine;

namespace PolicyRules.Benchmarks;

/// <summary>
/// The two benchmark rule sets.
/// <para>
/// Each of the 40 rules is written once, as a generic shape <c>XxxRule&lt;TEdition&gt;</c> whose
/// Define() reads its thresholds from <see cref="Parameters.ForEdition"/>(TEdition.Index). The
/// 40-rule set is the 40 sealed classes <c>XxxRule : XxxRule&lt;Edition0&gt;</c>, which add the
/// [Name] (a [Name] on the generic shape would give all ten closures the same name, which our
/// engine's compiler rejects). The 400-rule set is those 40 plus the shapes closed over
/// <see cref="Edition1"/> … <see cref="Edition9"/> with <see cref="Type.MakeGenericType"/>: 360 more
/// distinct rule classes, named by their full type name. Every edition shifts its thresholds and
/// dates (and its derived facts carry its edition number, which every pattern over a derived fact
/// tests), so no alpha condition is shared across editions and the network really holds 400 rules.
/// </para>
/// </summary>
public static class BenchRuleSets
{
    public const string Tag = "bench";

    public static IReadOnlyList<Type> EditionMarkers { get; } =
    [
        typeof(Edition0), typeof(Edition1), typeof(Edition2), typeof(Edition3), typeof(Edition4),
        typeof(Edition5), typeof(Edition6), typeof(Edition7), typeof(Edition8), typeof(Edition9),
    ];

    /// <summary>The 40 named edition-0 rule classes, in BENCH-number order.</summary>
    public static IReadOnlyList<Type> Rules40 { get; } = FindNamedRules();

    /// <summary>The 40 named rules, then the 40 shapes closed over each of editions 1–9.</summary>
    public static IReadOnlyList<Type> Rules400 { get; } =
    [
        .. Rules40,
        .. EditionMarkers.Skip(1).SelectMany(edition => Rules40.Select(named => ShapeOf(named).MakeGenericType(edition))),
    ];

    public static IReadOnlyList<Type> For(int ruleCount) => ruleCount switch
    {
        40 => Rules40,
        400 => Rules400,
        _ => throw new ArgumentOutOfRangeException(nameof(ruleCount), ruleCount, "40 or 400."),
    };

    /// <summary>Builds the NRules rule definitions (runs every Define()); no network is compiled yet.</summary>
    public static RuleRepository Load(IReadOnlyList<Type> ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes).Where(r => r.IsTagged(Tag)));
        return repository;
    }

    /// <summary>Our engine's session factory for the 40- or 400-rule set.</summary>
    public static ISessionFactory Compile(int ruleCount) => Load(For(ruleCount)).CompileThreeValued();

    /// <summary>The generic shape a named rule closes over edition 0, e.g. <c>LocalWorkingAgeResidentRule&lt;&gt;</c>.</summary>
    public static Type ShapeOf(Type namedRule) =>
        namedRule.BaseType is { IsGenericType: true } shape
            ? shape.GetGenericTypeDefinition()
            : throw new ArgumentException($"{namedRule.Name} does not close a generic rule shape.", nameof(namedRule));

    private static Type[] FindNamedRules() =>
        [.. typeof(BenchRuleSets).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Parameters).Namespace
                && typeof(Rule).IsAssignableFrom(t)
                && t is { IsAbstract: false, IsGenericTypeDefinition: false }
                && t.IsDefined(typeof(NameAttribute), inherit: false))
            .OrderBy(t => new RuleMetadata(t).Name, StringComparer.Ordinal)];
}
