using System.Linq.Expressions;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// A boolean sub-expression with no connective inside: unknown while any input it reads is not
/// known, otherwise its plain value.
/// </summary>
internal sealed class LeafCondition : ConditionNode
{
    private Func<int, Token?, object, Truth> _evaluate = null!;
    private int _slot;
    private readonly Lazy<InputProbe[]> _probes;
    private readonly Lazy<ValueProbe[]> _observed;

    public LeafCondition(Expression body, ExpressionBinder binder)
    {
        Text = body.ToString();
        var reads = InputReadFinder.Find(body);
        Reads = reads.Select(r => r.Variable).ToArray();
        binder.Batch.AddCondition(binder.Bind(Guarded(body, reads)), (method, slot) => (_evaluate, _slot) = (method, slot));
        _probes = new(() => reads.Select(r => new InputProbe(r.Variable, binder.Compile<object>(r.Owner), binder.Compile<InputState>(StateOf(r)))).ToArray());
        _observed = new(() => ValueProbe.For(body, binder));
    }

    public string Text { get; }

    public IReadOnlyList<VariableReference> Reads { get; }

    public override Truth Evaluate(Token? token, object fact, List<MissingInput>? sink)
    {
        var result = _evaluate(_slot, token, fact);
        if (result == Truth.Unknown && sink is not null)
        {
            foreach (var probe in _probes.Value)
            {
                var state = probe.State(token, fact);
                if (state != InputState.Known)
                {
                    sink.Add(new MissingInput(probe.Variable, probe.Owner(token, fact), state));
                }
            }
        }

        return result;
    }

    public IReadOnlyList<Explanation.ObservedValue> Observe(Token? token, object fact) =>
        _observed.Value.Select(p => p.Observe(token, fact)).ToArray();

    public override IEnumerable<LeafCondition> Leaves() => [this];

    private static Expression StateOf(InputRead read) => Expression.Property(read.Access, nameof(Input<int>.State));

    private static Expression Guarded(Expression body, IReadOnlyList<InputRead> reads)
    {
        Expression value = Expression.Condition(body, Expression.Constant(Truth.True), Expression.Constant(Truth.False));
        if (reads.Count == 0)
        {
            return value;
        }

        var allKnown = reads
            .Select(r => (Expression)Expression.Equal(StateOf(r), Expression.Constant(InputState.Known)))
            .Aggregate(Expression.AndAlso);
        return Expression.Condition(allKnown, value, Expression.Constant(Truth.Unknown));
    }

    private sealed record InputProbe(VariableReference Variable, Func<Token?, object, object> Owner, Func<Token?, object, InputState> State);
}
