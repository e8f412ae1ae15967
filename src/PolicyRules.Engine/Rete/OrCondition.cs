using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

internal sealed class OrCondition(ConditionNode[] operands) : ConditionNode
{
    public override Truth Evaluate(Token? token, object fact, List<MissingInput>? sink)
    {
        var mark = sink?.Count ?? 0;
        var result = Truth.False;
        foreach (var operand in operands)
        {
            result = result.Or(operand.Evaluate(token, fact, sink));
            if (result == Truth.True)
            {
                sink?.RemoveRange(mark, sink.Count - mark);
                return Truth.True;
            }
        }

        return result;
    }

    public override IEnumerable<LeafCondition> Leaves() => operands.SelectMany(o => o.Leaves());
}
