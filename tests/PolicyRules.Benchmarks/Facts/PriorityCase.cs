namespace PolicyRules.Benchmarks.Facts;

/// <summary>A household for priority case work: difficulty person, veteran and zero-employment family at once. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record PriorityCase(Applicant Person, int Edition);
