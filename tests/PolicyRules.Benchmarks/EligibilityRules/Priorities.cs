namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>Agenda priorities: statuses settle before the reasons, consolidations and benefits built on them.</summary>
public static class Priorities
{
    public const int Status = 100;
    public const int DerivedStatus = 80;
    public const int Reason = 60;
    public const int Consolidation = 40;
    public const int Benefit = 10;
    public const int Summary = 0;
}
