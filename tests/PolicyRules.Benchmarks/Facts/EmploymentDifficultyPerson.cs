namespace PolicyRules.Benchmarks.Facts;

/// <summary>An employment-difficulty person (就业困难人员): at least one difficulty reason holds. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record EmploymentDifficultyPerson(Applicant Person, int Edition);
