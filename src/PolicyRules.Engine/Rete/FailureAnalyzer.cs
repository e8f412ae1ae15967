using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Explanation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Works out why rules did not fire for certain: follows each rule's chain to the deepest element
/// that still has partial matches, then tests the next element's conditions against every
/// candidate fact and reports those that were false or unknown, with the values they saw.
/// </summary>
internal sealed class FailureAnalyzer(Session session)
{
    public IReadOnlyList<RuleFailure> Explain(IReadOnlyList<CompiledRule> rules) =>
        session.Rules
            .Where(r => rules.Contains(r.Definition))
            .Select(Explain)
            .OfType<RuleFailure>()
            .ToArray();

    private RuleFailure? Explain(RuleNode rule)
    {
        var nodes = rule.Elements;
        var last = session.FirstToken(nodes[^1].Id);
        if (Tokens(last).Any(t => t.Degree == Truth.True && session.IsInForce(rule)))
        {
            return null;
        }

        if (last is not null)
        {
            return session.IsInForce(rule)
                ? Undetermined(rule, last)
                : new RuleFailure(rule.Definition, nodes.Length, null, $"not in force on {session.AsOf:yyyy-MM-dd} (in force {rule.Definition.Effective})", []);
        }

        var matched = nodes.Length - 1;
        while (matched > 0 && session.FirstToken(nodes[matched - 1].Id) is null)
        {
            matched--;
        }

        var left = matched == 0 ? session.Root : Best(session.FirstToken(nodes[matched - 1].Id)!);
        return Blocked(rule, nodes[matched], left);
    }

    private RuleFailure Undetermined(RuleNode rule, Token token)
    {
        var failed = new List<FailedCondition>();
        for (var current = token; current.Level >= 0; current = current.Parent!)
        {
            var node = rule.Elements[current.Level];
            if (current.Handle is not null)
            {
                failed.AddRange(Failed(node, current.Parent!, current.Handle.Object).Where(f => f.Value == Truth.Unknown));
            }
        }

        failed.Reverse();
        var missing = token.Unknowns?.Items.Select(i => i.VariableId).Distinct() ?? [];
        return new RuleFailure(rule.Definition, rule.Elements.Length, null, $"undetermined: needs {string.Join(", ", missing)}", failed);
    }

    private RuleFailure Blocked(RuleNode rule, BetaNode node, Token left)
    {
        var candidates = session.Handles.Where(h => FactTypeOf(node).IsInstanceOfType(h.Object)).ToArray();
        var failed = candidates.SelectMany(c => Failed(node, left, c.Object)).ToList();
        string reason;
        switch (node)
        {
            case NegativeNode { IsNot: true }:
                var blockers = candidates.Where(c => AllHold(node, left, c.Object)).ToArray();
                reason = $"a {FactTypeOf(node).Name} fact it excludes is present";
                failed = blockers.Select(b => new FailedCondition($"not {FactTypeOf(node).Name}", Truth.False, b.Object, [])).ToList();
                break;
            case AggregateNode aggregate:
                var result = aggregate.Aggregate(session, left, includePossible: false);
                reason = $"the {((AggregateElement)node.Element).Kind.ToString().ToLowerInvariant()} of matching {FactTypeOf(node).Name} facts does not meet its condition";
                failed = aggregate.ResultConditions
                    .Select(c => (Condition: c, Value: c.Evaluate(left, result, null)))
                    .Where(c => c.Value != Truth.True)
                    .Select(c => new FailedCondition(c.Condition.Text, c.Value, result, Observe(c.Condition, left, result)) { Variables = c.Condition.Reads })
                    .ToList();
                break;
            default:
                reason = candidates.Length == 0
                    ? $"no {FactTypeOf(node).Name} fact"
                    : $"no {FactTypeOf(node).Name} fact meets every condition";
                break;
        }

        return new RuleFailure(rule.Definition, node.Level, new BlockingElement(KindOf(node), FactTypeOf(node)), reason, failed);
    }

    private static ElementKind KindOf(BetaNode node) => node.Element switch
    {
        ExistsElement => ElementKind.Exists,
        NotElement => ElementKind.Not,
        AggregateElement => ElementKind.Aggregate,
        _ => ElementKind.Match,
    };

    private static Type FactTypeOf(BetaNode node) => node.Element switch
    {
        PatternElement p => p.FactType,
        ExistsElement x => x.Source.FactType,
        NotElement n => n.Source.FactType,
        AggregateElement a => a.Source.FactType,
        _ => typeof(object),
    };

    private static IEnumerable<CompiledCondition> Conditions(BetaNode node) => node.AlphaConditions.Concat(node.JoinConditions);

    private static bool AllHold(BetaNode node, Token left, object fact) =>
        Conditions(node).All(c => c.Evaluate(c.IsJoin(node) ? left : null, fact, null) == Truth.True);

    private static IEnumerable<FailedCondition> Failed(BetaNode node, Token left, object fact) =>
        Conditions(node)
            .Select(c => (Condition: c, Token: c.IsJoin(node) ? left : null))
            .Select(c => (c.Condition, c.Token, Value: c.Condition.Evaluate(c.Token, fact, null)))
            .Where(c => c.Value != Truth.True)
            .Select(c => new FailedCondition(c.Condition.Text, c.Value, fact, Observe(c.Condition, c.Token, fact)) { Variables = c.Condition.Reads });

    private static IReadOnlyList<ObservedValue> Observe(CompiledCondition condition, Token? token, object fact) =>
        condition.Leaves.SelectMany(l => l.Observe(token, fact)).Distinct().ToArray();

    private static Token Best(Token first) => Tokens(first).FirstOrDefault(t => t.Degree == Truth.True) ?? first;

    private static IEnumerable<Token> Tokens(Token? first)
    {
        for (var token = first; token is not null; token = token.Next)
        {
            yield return token;
        }
    }
}
