namespace PolicyRules.Benchmarks.Facts;

/// <summary>A low-income household with working-age members and nobody employed (零就业家庭). Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record ZeroEmploymentFamily(Household Household, int Edition);
