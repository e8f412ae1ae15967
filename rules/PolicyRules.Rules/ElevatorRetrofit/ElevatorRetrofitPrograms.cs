namespace PolicyRules.Rules.ElevatorRetrofit;

/// <summary>The program ids of the elevator-retrofit area (stable: they appear in reports).</summary>
public static class ElevatorRetrofitPrograms
{
    /// <summary>The building is within the 2017 pilot (一) and what the implementer does (三).</summary>
    public const string Pilot = "elevator-retrofit.pilot";

    /// <summary>The owners of a unit entrance consent (二, 三(二), 三(三)).</summary>
    public const string OwnerConsent = "elevator-retrofit.owner-consent";

    /// <summary>The government subsidy per elevator (四(二), 四(三)).</summary>
    public const string Subsidy = "elevator-retrofit.subsidy";
}
