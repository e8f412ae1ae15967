namespace PolicyRules.Benchmarks.Facts;

/// <summary>Registered unemployed for at least the edition's minimum number of months. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record LongTermUnemployed(Applicant Person, int Edition);
