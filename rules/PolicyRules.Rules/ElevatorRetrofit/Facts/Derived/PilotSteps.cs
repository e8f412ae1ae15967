namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>The steps of 三(一), 三(四)–(六).</summary>
public static class PilotSteps
{
    public const string Implementer = "implementer";
    public const string DesignReview = "design-review";
    public const string Works = "works";
    public const string Acceptance = "acceptance";
}
