namespace PolicyRules.Benchmarks.Facts;

/// <summary>A local small or micro employer. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record SmallEmployer(Employer Employer, int Edition);
