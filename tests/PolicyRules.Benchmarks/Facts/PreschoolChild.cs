namespace PolicyRules.Benchmarks.Facts;

/// <summary>A local child in the kindergarten cohort. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record PreschoolChild(Child Child, int Edition);
