using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

internal sealed class NotCondition(ConditionNode operand) : ConditionNode
{
    public override Truth Evaluate(Token? token, object fact, List<MissingInput>? sink) =>
        operand.Evaluate(token, fact, sink).Not();

    public override IEnumerable<LeafCondition> Leaves() => operand.Leaves();
}
