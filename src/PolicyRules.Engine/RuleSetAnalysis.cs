using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine;

/// <summary>
/// What the rules of a set read and produce, derived from their expression trees: which rules can
/// produce a goal type, and which inputs can influence it through any chain of rules.
/// </summary>
public sealed class RuleSetAnalysis
{
    private readonly IReadOnlyList<CompiledRule> _rules;

    public RuleSetAnalysis(IReadOnlyList<CompiledRule> rules)
    {
        _rules = rules;
    }

    public IReadOnlyList<CompiledRule> RulesProducing(Type factType) =>
        _rules.Where(r => r.OutputTypes.Any(factType.IsAssignableFrom)).ToArray();

    public IReadOnlyList<VariableReference> InputsFor<TGoal>() => InputsFor(typeof(TGoal));

    /// <summary>Every input read by a rule that produces the goal type, or a fact type such a rule consumes, transitively.</summary>
    public IReadOnlyList<VariableReference> InputsFor(Type goalType) =>
        RulesLeadingTo(goalType).SelectMany(r => r.Inputs).Distinct().ToArray();

    /// <summary>The rules on some chain that ends in the goal type.</summary>
    public IReadOnlyList<CompiledRule> RulesLeadingTo(Type goalType)
    {
        var found = new List<CompiledRule>();
        var pending = new Queue<Type>([goalType]);
        var seen = new HashSet<Type>();
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var rule in RulesProducing(type).Where(r => !found.Contains(r)))
            {
                found.Add(rule);
                foreach (var consumed in rule.ConsumedTypes)
                {
                    pending.Enqueue(consumed);
                }
            }
        }

        return found;
    }
}
