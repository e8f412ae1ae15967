namespace PolicyRules.Benchmarks.Facts;

/// <summary>A minor child with hukou in the programme district. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record LocalChild(Child Child, int Edition);
