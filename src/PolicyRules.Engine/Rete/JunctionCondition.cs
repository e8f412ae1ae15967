using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Kleene conjunction (absorbed by False) or disjunction (absorbed by True). Once the absorbing
/// value is reached the result is settled, and the unknowns collected so far cannot change it, so
/// they are dropped from the sink.
/// </summary>
internal sealed class JunctionCondition(ConditionNode[] operands, Truth absorbing) : ConditionNode
{
    public static JunctionCondition And(ConditionNode[] operands) => new(operands, Truth.False);

    public static JunctionCondition Or(ConditionNode[] operands) => new(operands, Truth.True);

    public override Truth Evaluate(Token? token, object fact, List<MissingInput>? sink)
    {
        var mark = sink?.Count ?? 0;
        var result = absorbing.Not();
        foreach (var operand in operands)
        {
            var value = operand.Evaluate(token, fact, sink);
            result = absorbing == Truth.False ? result.And(value) : result.Or(value);
            if (result == absorbing)
            {
                sink?.RemoveRange(mark, sink.Count - mark);
                return absorbing;
            }
        }

        return result;
    }

    public override IEnumerable<LeafCondition> Leaves() => operands.SelectMany(o => o.Leaves());
}
