using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Explanation;

/// <summary>
/// Why a fact is in the session: given from outside (<see cref="Rule"/> is null), or derived by a
/// rule from premises, each explained in turn.
/// </summary>
public sealed record FactExplanation(
    object Fact,
    Truth Degree,
    CompiledRule? Rule,
    IReadOnlyList<FactExplanation> Premises)
{
    public bool IsGiven => Rule is null;

    public Citation? Citation => Rule?.Citation;

    /// <summary>The rules of the chain, from this fact down to the given facts, each once.</summary>
    public IReadOnlyList<CompiledRule> Chain()
    {
        var rules = new List<CompiledRule>();
        Collect(this, rules);
        return rules;
    }

    private static void Collect(FactExplanation node, List<CompiledRule> rules)
    {
        if (node.Rule is not null && !rules.Contains(node.Rule))
        {
            rules.Add(node.Rule);
        }

        foreach (var premise in node.Premises)
        {
            Collect(premise, rules);
        }
    }
}
