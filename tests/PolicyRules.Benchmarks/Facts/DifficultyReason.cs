namespace PolicyRules.Benchmarks.Facts;

/// <summary>One reason why the applicant counts as an employment-difficulty person. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record DifficultyReason(Applicant Person, string Reason, int Edition);
