using System.Linq.Expressions;
using NRules.RuleModel;
using PolicyRules.Engine.Explanation;

namespace PolicyRules.Engine.RuleModel;

/// <summary>Reads, from a rule's expression trees, which inputs it needs and which fact types it consumes and produces.</summary>
internal static class DependencyAnalyzer
{
    public static IReadOnlyList<VariableReference> InputsOf(IReadOnlyList<RuleElement> elements) =>
        ConditionsOf(elements)
            .SelectMany(c => InputReadFinder.Find(c.Body))
            .Select(r => r.Variable)
            .Distinct()
            .ToArray();

    public static IReadOnlyList<Type> ConsumedTypesOf(IReadOnlyList<RuleElement> elements) =>
        elements.Select(e => e switch
        {
            PatternElement p => p.FactType,
            ExistsElement x => x.Source.FactType,
            NotElement n => n.Source.FactType,
            AggregateElement a => a.Source.FactType,
            _ => throw new InvalidOperationException($"Unknown element {e.GetType().Name}."),
        }).Distinct().ToArray();

    public static IReadOnlyList<ElementShape> ShapeOf(IReadOnlyList<RuleElement> elements) =>
        elements.Select(e => e switch
        {
            PatternElement p => new ElementShape(ElementKind.Match, p.FactType, p.Conditions.Count),
            ExistsElement x => new ElementShape(ElementKind.Exists, x.Source.FactType, x.Source.Conditions.Count),
            NotElement n => new ElementShape(ElementKind.Not, n.Source.FactType, n.Source.Conditions.Count),
            AggregateElement a => new ElementShape(ElementKind.Aggregate, a.Source.FactType, a.Source.Conditions.Count + a.ResultConditions.Count),
            _ => throw new InvalidOperationException($"Unknown element {e.GetType().Name}."),
        }).ToArray();

    public static IReadOnlyList<Type> OutputTypesOf(IReadOnlyList<ActionElement> actions)
    {
        var types = new List<Type>();
        foreach (var action in actions)
        {
            if (action.Kind == ActionKind.Yield)
            {
                types.Add(action.Expression.ReturnType);
            }
            else
            {
                types.AddRange(InsertedTypeFinder.Find(action.Expression.Body));
            }
        }

        return types.Distinct().ToArray();
    }

    public static IEnumerable<LambdaExpression> ConditionsOf(IEnumerable<RuleElement> elements) =>
        elements.SelectMany(e => e switch
        {
            PatternElement p => p.Conditions,
            ExistsElement x => x.Source.Conditions,
            NotElement n => n.Source.Conditions,
            AggregateElement a => a.Source.Conditions.Concat(a.ResultConditions).Concat(a.Selector is null ? [] : [a.Selector]),
            _ => [],
        });

    /// <summary>Finds <c>ctx.Insert(x)</c>, <c>TryInsert(x)</c> and <c>InsertLinked(key, x)</c> calls and the static type of x.</summary>
    private sealed class InsertedTypeFinder : ExpressionVisitor
    {
        private static readonly HashSet<string> InsertMethods = [nameof(IContext.Insert), nameof(IContext.TryInsert), nameof(IContext.InsertLinked)];
        private readonly List<Type> _types = [];

        public static IEnumerable<Type> Find(Expression body)
        {
            var finder = new InsertedTypeFinder();
            finder.Visit(body);
            return finder._types;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(IContext) && InsertMethods.Contains(node.Method.Name))
            {
                var argument = node.Arguments[^1];
                while (argument is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } convert)
                {
                    argument = convert.Operand;
                }

                _types.Add(argument.Type);
            }

            return base.VisitMethodCall(node);
        }
    }
}
