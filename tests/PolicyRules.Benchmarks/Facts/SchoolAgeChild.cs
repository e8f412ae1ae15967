namespace PolicyRules.Benchmarks.Facts;

/// <summary>A local child in this year's primary-school enrolment cohort. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record SchoolAgeChild(Child Child, int Edition);
