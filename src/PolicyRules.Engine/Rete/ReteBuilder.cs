using System.Linq.Expressions;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Compiles rule definitions into a Rete network: single-fact conditions go into a shared alpha
/// network (identical conditions on the same type share a node), the rest into a chain of beta
/// nodes per rule ending in its rule node.
/// </summary>
internal sealed class ReteBuilder
{
    private readonly Dictionary<Type, TypeNode> _typeNodes = [];
    private readonly List<RuleNode> _rules = [];
    private readonly List<BetaNode> _rootConsumers = [];
    private readonly CompilationBatch _batch = new();
    private int _alphaMemoryCount;
    private int _betaMemoryCount;

    public static ReteNetwork Build(IReadOnlyList<CompiledRule> rules)
    {
        var builder = new ReteBuilder();
        foreach (var rule in rules)
        {
            builder.Add(rule);
        }

        builder._batch.Compile();

        return new ReteNetwork([.. builder._typeNodes.Values], builder._rules, builder._rootConsumers,
            builder._alphaMemoryCount, builder._betaMemoryCount);
    }

    private void Add(CompiledRule rule)
    {
        var levels = new Dictionary<ParameterExpression, int>();
        var nodes = new List<BetaNode>();
        BetaNode? previous = null;
        for (var level = 0; level < rule.Elements.Count; level++)
        {
            var node = BuildElement(rule, rule.Elements[level], level, previous, levels);
            node.Right.AddSuccessor(node);
            if (previous is null)
            {
                if (node is not JoinNode)
                {
                    _rootConsumers.Add(node);
                }
            }
            else
            {
                previous.Child = node;
            }

            if (rule.Elements[level].Declaration is { } declaration)
            {
                levels[declaration.Parameter] = level;
            }

            nodes.Add(node);
            previous = node;
        }

        var actionBinder = new ExpressionBinder(null, levels, _batch);
        var actions = rule.Actions
            .Select(a => new CompiledAction(a.Kind, a.Expression.ToString(), actionBinder, a.Expression))
            .ToArray();
        var reads = ActionReads.ByLevel(rule.Actions.Select(a => a.Expression), levels, nodes.Count);
        var ruleNode = new RuleNode(rule, _rules.Count, [.. nodes], actions, reads);
        previous!.Child = ruleNode;
        _rules.Add(ruleNode);
    }

    private BetaNode BuildElement(CompiledRule rule, RuleElement element, int level, BetaNode? previous,
        IReadOnlyDictionary<ParameterExpression, int> levels)
    {
        var pattern = element switch
        {
            PatternElement p => p,
            ExistsElement x => x.Source,
            NotElement n => n.Source,
            AggregateElement a => a.Source,
            _ => throw new InvalidOperationException($"Unknown element {element.GetType().Name}."),
        };
        var alphaConditions = new List<CompiledCondition>();
        var memory = BuildAlpha(rule, pattern, alphaConditions);
        var binder = new ExpressionBinder(pattern.Bound.Parameter, levels, _batch);
        var joins = pattern.Conditions
            .Where(c => c.Parameters.Count > 1)
            .Select(c => new CompiledCondition(c, binder, rule.Name))
            .ToArray();
        var id = _betaMemoryCount++;
        switch (element)
        {
            case ExistsElement:
                return new NegativeNode(id, level, element, previous, memory, [.. alphaConditions], joins, isNot: false);
            case NotElement:
                return new NegativeNode(id, level, element, previous, memory, [.. alphaConditions], joins, isNot: true);
            case AggregateElement aggregate:
                var selector = aggregate.Selector is null ? null : binder.Compile<decimal>(aggregate.Selector.Body);
                if (aggregate.Selector is not null)
                {
                    // A fact whose summed value reads an unanswered input only possibly counts.
                    joins = [.. joins, SelectorGuard(aggregate.Selector, binder, rule.Name)];
                }

                var resultBinder = new ExpressionBinder(aggregate.Result.Parameter, levels, _batch);
                var resultConditions = aggregate.ResultConditions.Select(c => new CompiledCondition(c, resultBinder, rule.Name)).ToArray();
                return new AggregateNode(id, level, aggregate, previous, memory, [.. alphaConditions], joins, selector, resultConditions);
            default:
                return new JoinNode(id, level, element, previous, memory, [.. alphaConditions], joins);
        }
    }

    private static CompiledCondition SelectorGuard(LambdaExpression selector, ExpressionBinder binder, string ruleName)
    {
        var readsOnly = Expression.Lambda(Expression.Block(selector.Body, Expression.Constant(true)), selector.Parameters);
        return new CompiledCondition(readsOnly, binder, ruleName, $"{selector} is known");
    }

    private AlphaMemoryNode BuildAlpha(CompiledRule rule, PatternElement pattern, List<CompiledCondition> used)
    {
        if (!_typeNodes.TryGetValue(pattern.FactType, out var typeNode))
        {
            typeNode = new TypeNode(pattern.FactType);
            _typeNodes.Add(pattern.FactType, typeNode);
        }

        AlphaParent parent = typeNode;
        foreach (var condition in pattern.Conditions.Where(c => c.Parameters.Count == 1))
        {
            var key = AlphaKey.Of(condition);
            var node = parent.Children.Find(c => c.Key == key);
            if (node is null)
            {
                var binder = new ExpressionBinder(condition.Parameters[0], new Dictionary<ParameterExpression, int>(), _batch);
                node = new AlphaNode(key, new CompiledCondition(condition, binder, rule.Name));
                parent.Children.Add(node);
            }
            else
            {
                node.Condition.AddRule(rule.Name);
            }

            used.Add(node.Condition);
            parent = node;
        }

        return parent.Memory ??= new AlphaMemoryNode(_alphaMemoryCount++);
    }
}
