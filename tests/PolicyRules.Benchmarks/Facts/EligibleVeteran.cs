namespace PolicyRules.Benchmarks.Facts;

/// <summary>A local veteran with an honourable discharge and enough years of service. Derived; <paramref name="Edition"/> is the programme edition whose rule derived it.</summary>
public sealed record EligibleVeteran(Applicant Person, VeteranRecord Record, int Edition);
