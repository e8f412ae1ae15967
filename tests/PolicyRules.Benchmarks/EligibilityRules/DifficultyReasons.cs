namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>The <see cref="Facts.DifficultyReason.Reason"/> values.</summary>
public static class DifficultyReasons
{
    public const string LongTermUnemployed = "long-term-unemployed";
    public const string OlderWorker = "older-worker";
    public const string Disabled = "disabled";
    public const string MinimumLivingAllowance = "minimum-living-allowance";
    public const string ZeroEmploymentFamily = "zero-employment-family";
    public const string UnemployedVeteran = "unemployed-veteran";
}
