using System.Linq.Expressions;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Compiles every condition leaf and every action of a network together: a few methods that switch
/// on a slot number instead of one dynamic method per expression, whose fixed cost dominated rule
/// compilation. Methods are kept to <see cref="SlotsPerMethod"/> cases so the JIT still optimises them.
/// </summary>
internal sealed class CompilationBatch
{
    private const int SlotsPerMethod = 32;
    private static readonly ParameterExpression Slot = Expression.Parameter(typeof(int), "slot");

    private readonly List<(Expression Body, Action<Func<int, Token?, object, Evaluation.Truth>, int> Bind)> _conditions = [];
    private readonly List<(Expression Body, Action<Func<int, ActionContext, Token, object?>, int> Bind)> _actions = [];

    public void AddCondition(Expression body, Action<Func<int, Token?, object, Evaluation.Truth>, int> bind) => _conditions.Add((body, bind));

    public void AddAction(Expression body, Action<Func<int, ActionContext, Token, object?>, int> bind) => _actions.Add((body, bind));

    public void Compile()
    {
        CompileChunks(_conditions, ExpressionBinder.TokenParameter, ExpressionBinder.FactParameter);
        CompileChunks(_actions, ExpressionBinder.ContextParameter, ExpressionBinder.TokenParameter);
        _conditions.Clear();
        _actions.Clear();
    }

    private static void CompileChunks<TDelegate>(List<(Expression Body, Action<TDelegate, int> Bind)> items, ParameterExpression first, ParameterExpression second)
        where TDelegate : Delegate
    {
        for (var start = 0; start < items.Count; start += SlotsPerMethod)
        {
            var chunk = items.Skip(start).Take(SlotsPerMethod).ToArray();
            var returnType = chunk[0].Body.Type;
            var cases = chunk.Select((item, i) => Expression.SwitchCase(item.Body, Expression.Constant(i))).ToArray();
            var fallback = Expression.Throw(Expression.New(typeof(ArgumentOutOfRangeException)), returnType);
            var method = Expression.Lambda<TDelegate>(Expression.Switch(Slot, fallback, cases), Slot, first, second).Compile();
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i].Bind(method, i);
            }
        }
    }
}
