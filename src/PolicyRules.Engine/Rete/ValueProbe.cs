using System.Linq.Expressions;
using PolicyRules.Engine.Explanation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>Reads one member chain of a condition (e.g. <c>child.BirthDate</c>) for an explanation.</summary>
internal sealed class ValueProbe(string text, Func<Token?, object, object> read)
{
    public static ValueProbe[] For(Expression body, ExpressionBinder binder) =>
        MemberChainFinder.Find(body)
            .Select(chain => new ValueProbe(chain.ToString(), binder.Compile<object>(Expression.Convert(chain, typeof(object)))))
            .ToArray();

    public ObservedValue Observe(Token? token, object fact)
    {
        try
        {
            return new ObservedValue(text, read(token, fact));
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException)
        {
            return new ObservedValue(text, $"({e.GetType().Name})");
        }
    }

    /// <summary>The longest member chains rooted at a parameter, each once.</summary>
    private sealed class MemberChainFinder : ExpressionVisitor
    {
        private readonly List<Expression> _chains = [];

        public static IReadOnlyList<Expression> Find(Expression body)
        {
            var finder = new MemberChainFinder();
            finder.Visit(body);
            return finder._chains;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (IsRootedAtParameter(node))
            {
                // An input's Value throws while unknown: show the input itself, which prints its state.
                Expression chain = node.Member.Name == "Value" && VariableNames.IsInput(node.Expression!.Type) ? node.Expression : node;
                if (!_chains.Exists(c => c.ToString() == chain.ToString()))
                {
                    _chains.Add(chain);
                }

                return node;
            }

            return base.VisitMember(node);
        }

        private static bool IsRootedAtParameter(Expression? node) => node switch
        {
            ParameterExpression => true,
            MemberExpression member => IsRootedAtParameter(member.Expression),
            _ => false,
        };
    }
}
