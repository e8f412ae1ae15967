using System.Linq.Expressions;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>One condition of a rule, compiled for three-valued evaluation, that names its rules when it throws.</summary>
internal sealed class CompiledCondition
{
    private readonly ConditionNode _root;
    private readonly List<string> _ruleNames = [];

    public CompiledCondition(LambdaExpression condition, ExpressionBinder binder, string ruleName, string? text = null)
    {
        Text = text ?? condition.ToString();
        _root = Build(condition.Body, binder);
        _ruleNames.Add(ruleName);
    }

    public string Text { get; }

    public IEnumerable<LeafCondition> Leaves => _root.Leaves();

    public IReadOnlyList<RuleModel.VariableReference> Reads => [.. Leaves.SelectMany(l => l.Reads).Distinct()];

    public bool IsJoin(BetaNode node) => node.JoinConditions.Contains(this);

    /// <summary>Another rule that shares this (alpha) condition.</summary>
    public void AddRule(string ruleName)
    {
        if (!_ruleNames.Contains(ruleName))
        {
            _ruleNames.Add(ruleName);
        }
    }

    public Truth Evaluate(Token? token, object fact, List<MissingInput>? sink)
    {
        try
        {
            return _root.Evaluate(token, fact, sink);
        }
        catch (Exception e) when (e is not RuleConditionEvaluationException)
        {
            var hint = e is InputNotKnownException
                ? new InvalidOperationException($"{e.Message} A helper member that reads inputs must declare them with [Reads(...)].", e)
                : e;
            throw new RuleConditionEvaluationException(_ruleNames.ToArray(), Text, hint);
        }
    }

    private static ConditionNode Build(Expression body, ExpressionBinder binder) => body.NodeType switch
    {
        ExpressionType.AndAlso => JunctionCondition.And([.. Operands(body, ExpressionType.AndAlso).Select(o => Build(o, binder))]),
        ExpressionType.OrElse => JunctionCondition.Or([.. Operands(body, ExpressionType.OrElse).Select(o => Build(o, binder))]),
        ExpressionType.Not when body.Type == typeof(bool) => new NotCondition(Build(((UnaryExpression)body).Operand, binder)),
        _ => new LeafCondition(body, binder),
    };

    private static IEnumerable<Expression> Operands(Expression body, ExpressionType connective) =>
        body is BinaryExpression binary && binary.NodeType == connective
            ? Operands(binary.Left, connective).Concat(Operands(binary.Right, connective))
            : [body];
}
