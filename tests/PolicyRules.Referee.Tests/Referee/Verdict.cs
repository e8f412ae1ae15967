using System.Text;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>What the referee found on one variation: nothing when the two engines agree.</summary>
internal sealed record Verdict(
    Variation Variation, string Stage, IReadOnlyList<string> Disagreements, IReadOnlyDictionary<string, string> Statuses, IReadOnlyCollection<object> DerivedFacts,
    IReadOnlyCollection<string> FiredRules)
{
    public bool Agrees => Disagreements.Count == 0;

    public override string ToString()
    {
        var text = new StringBuilder().AppendLine($"{Variation.Origin} — {Stage}:");
        foreach (var disagreement in Disagreements)
        {
            text.AppendLine($"  {disagreement}");
        }

        return text.AppendLine("The variation, as a policy case:").Append(Variation.Describe()).ToString();
    }
}
