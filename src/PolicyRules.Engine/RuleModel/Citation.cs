namespace PolicyRules.Engine.RuleModel;

/// <summary>Where a rule comes from: the document number and the clause path inside it.</summary>
public sealed record Citation(string Document, string Clause)
{
    public override string ToString() => $"{Document} {Clause}";
}
