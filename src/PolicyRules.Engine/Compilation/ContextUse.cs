using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// The members of NRules' <see cref="IContext"/> an action may use here. The others (halting the
/// session, keyed linked facts, the match, dependency resolution, the bulk operations) have no
/// meaning in a hypothetical firing or are not carried out by this engine, so a rule using one is
/// refused at load rather than failing when it fires.
/// </summary>
internal static class ContextUse
{
    private static readonly HashSet<string> Supported =
    [
        nameof(IContext.Insert), nameof(IContext.TryInsert), nameof(IContext.InsertLinked),
        nameof(IContext.Update), nameof(IContext.TryUpdate), nameof(IContext.Retract), nameof(IContext.TryRetract),
        nameof(IContext.Rule), nameof(IContext.CancellationToken),
    ];

    /// <summary>The first unsupported member the expression uses, or null.</summary>
    public static string? FirstUnsupported(Expression expression)
    {
        var finder = new Finder();
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class Finder : ExpressionVisitor
    {
        public string? Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Check(node.Method.DeclaringType, node.Method.Name);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            Check(node.Member.DeclaringType, node.Member.Name);
            return base.VisitMember(node);
        }

        private void Check(Type? declaringType, string name)
        {
            // NRules.Fluent's extensions on the context (ctx.Update(fact, action), ctx.Resolve<T>()) count as the members they call.
            if ((declaringType == typeof(IContext) || declaringType == typeof(ContextExtensions)) && !Supported.Contains(name))
            {
                Found ??= name;
            }
        }
    }
}
