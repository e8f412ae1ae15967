namespace PolicyRules.Benchmarks.Facts;

/// <summary>
/// A benefit a programme grants: <paramref name="ProgramId"/> (see <see cref="EligibilityRules.ProgramIds"/>),
/// who receives it (an applicant or employer id) and the amount in yuan. Derived.
/// </summary>
public sealed record BenefitResult(string ProgramId, string Beneficiary, decimal Amount, int Edition);
