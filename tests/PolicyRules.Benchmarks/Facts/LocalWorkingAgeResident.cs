namespace PolicyRules.Benchmarks.Facts;

/// <summary>A local (hukou in the programme district) resident of working age. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record LocalWorkingAgeResident(Applicant Person, int Edition);
