namespace PolicyRules.Benchmarks.Facts;

/// <summary>An eligible veteran discharged after the edition's cut-off date. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record RecentVeteran(Applicant Person, VeteranRecord Record, int Edition);
