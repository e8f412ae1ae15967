using System.Linq.Expressions;
using System.Reflection;

namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// One place where an expression reads an input: <see cref="Access"/> is the expression of type
/// <c>Input&lt;T&gt;</c> (e.g. <c>child.BirthDate</c>), <see cref="Owner"/> the fact it belongs to.
/// </summary>
internal sealed record InputRead(Expression Owner, PropertyInfo Property, VariableReference Variable)
{
    public Expression Access => Expression.Property(Owner, Property);
}
