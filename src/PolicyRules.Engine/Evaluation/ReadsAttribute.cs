namespace PolicyRules.Engine.Evaluation;

/// <summary>
/// Declares which input properties of its own fact a helper method or property reads, so that a
/// condition calling it is unknown while those inputs are unknown, and dependency analysis sees them.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class ReadsAttribute(params string[] inputs) : Attribute
{
    public IReadOnlyList<string> Inputs { get; } = inputs;
}
