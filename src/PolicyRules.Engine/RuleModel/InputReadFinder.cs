using System.Linq.Expressions;
using System.Reflection;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// Finds the inputs an expression reads: every <c>Input&lt;T&gt;</c> member that is used for its
/// value (not just asked for its <c>State</c> or <c>IsKnown</c>), and the inputs named by
/// <see cref="ReadsAttribute"/> on helper members it calls.
/// </summary>
internal sealed class InputReadFinder : ExpressionVisitor
{
    private static readonly HashSet<string> StateMembers = [nameof(Input<int>.State), nameof(Input<int>.IsKnown)];
    private readonly List<InputRead> _reads = [];

    public static IReadOnlyList<InputRead> Find(Expression expression)
    {
        var finder = new InputReadFinder();
        finder.Visit(expression);
        return finder._reads;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is MemberExpression inner && VariableNames.IsInput(inner.Type) && StateMembers.Contains(node.Member.Name))
        {
            // Asking whether an input is answered is not reading it; look only below the input itself.
            Visit(inner.Expression);
            return node;
        }

        if (VariableNames.IsInput(node.Type) && node.Member is PropertyInfo property && node.Expression is not null)
        {
            Add(node.Expression, property);
        }

        AddDeclaredReads(node.Expression, node.Member);
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        AddDeclaredReads(node.Object, node.Method);
        return base.VisitMethodCall(node);
    }

    private void AddDeclaredReads(Expression? owner, MemberInfo member)
    {
        var reads = member.GetCustomAttribute<ReadsAttribute>();
        if (reads is null || owner is null)
        {
            return;
        }

        foreach (var name in reads.Inputs)
        {
            var property = owner.Type.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
            if (property is null || !VariableNames.IsInput(property.PropertyType))
            {
                throw new InvalidOperationException(
                    $"[Reads(\"{name}\")] on {member.DeclaringType?.Name}.{member.Name} does not name an Input<T> property of {owner.Type.Name}.");
            }

            Add(owner, property);
        }
    }

    private void Add(Expression owner, PropertyInfo property)
    {
        var variable = VariableNames.Of(owner.Type, property);
        if (!_reads.Exists(r => r.Variable == variable && ExpressionEquality.AreEqual(r.Owner, owner)))
        {
            _reads.Add(new InputRead(owner, property, variable));
        }
    }
}
