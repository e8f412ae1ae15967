namespace PolicyRules.Rules.Common;

/// <summary>
/// The evaluation date and the policy's parameters as of that date (OpenFisca's period). Every rule
/// that needs a figure from a policy reads it here, never from a literal.
/// </summary>
public sealed class PolicyContext(DateOnly date, ParameterSnapshot parameters)
{
    public DateOnly Date { get; } = date;

    public ParameterSnapshot Parameters { get; } = parameters;
}
