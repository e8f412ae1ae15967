using NRules.RuleModel;
using PolicyRules.Engine.Compilation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine;

/// <summary>
/// Compiles NRules rule definitions (authored with NRules.Fluent, loaded by its
/// <c>RuleRepository</c>) into this engine's three-valued Rete network, where NRules' own
/// <c>RuleCompiler</c> would build its runtime. Rules keep the order they are given in, which breaks
/// ties between equal priorities. A rule using a construct this engine does not support is refused
/// with a <see cref="RuleLoadException"/> naming the rule and the construct.
/// </summary>
public sealed class ThreeValuedRuleCompiler
{
    /// <summary>
    /// When a rule is in force if its class carries no <c>[Effective]</c> (its policy area's window,
    /// say); without it such a rule is always in force.
    /// </summary>
    public Func<IRuleDefinition, EffectivePeriod>? DefaultEffective { get; init; }

    public ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets) => Compile(ruleSets.SelectMany(s => s.Rules));

    public ISessionFactory Compile(IEnumerable<IRuleDefinition> definitions)
    {
        var rules = new List<CompiledRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!names.Add(definition.Name))
            {
                throw new RuleLoadException(definition.Name, "another rule already has this name.");
            }

            rules.Add(RuleLowering.Lower(definition, DefaultEffective?.Invoke(definition) ?? EffectivePeriod.Always));
        }

        if (rules.Count == 0)
        {
            throw new InvalidOperationException("No rules to compile.");
        }

        return new SessionFactory(rules);
    }
}
