using System.Linq.Expressions;

namespace PolicyRules.Engine.RuleModel;

/// <summary>A name a rule binds to a matched fact or an aggregate result (NRules' pattern alias).</summary>
internal sealed class Declaration
{
    internal Declaration(string name, Type type)
    {
        Name = name;
        Type = type;
        Parameter = Expression.Parameter(type, name);
    }

    public string Name { get; }

    public Type Type { get; }

    /// <summary>The parameter that stands for this declaration in the model's lambda expressions.</summary>
    public ParameterExpression Parameter { get; }

    public override string ToString() => $"{Name}: {Type.Name}";
}
