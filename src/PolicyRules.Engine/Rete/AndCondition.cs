using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

internal sealed class AndCondition(ConditionNode[] operands) : ConditionNode
{
    public override Truth Evaluate(Token? token, object fact, List<MissingInput>? sink)
    {
        var mark = sink?.Count ?? 0;
        var result = Truth.True;
        foreach (var operand in operands)
        {
            result = result.And(operand.Evaluate(token, fact, sink));
            if (result == Truth.False)
            {
                sink?.RemoveRange(mark, sink.Count - mark);
                return Truth.False;
            }
        }

        return result;
    }

    public override IEnumerable<LeafCondition> Leaves() => operands.SelectMany(o => o.Leaves());
}
