namespace PolicyRules.Rules.Common;

/// <summary>
/// The evaluation date and one area's parameters as of that date (OpenFisca's period): one fact per
/// area in every session. Every rule that needs a figure from a policy reads it here, never from a
/// literal: <c>PolicyContext&lt;SchoolEnrolmentParameters&gt; at</c>, then <c>at.Parameters.EntryBirthCutoff</c>.
/// </summary>
public sealed class PolicyContext<TParameters>(DateOnly date, TParameters parameters)
    where TParameters : class
{
    public DateOnly Date { get; } = date;

    public TParameters Parameters { get; } = parameters;
}
