namespace PolicyRules.Rules.VeteranPlacement.Rules.Track;

/// <summary>
/// The priorities of the track rules. A rule that tests the absence of a derived fact (<c>Not</c>) must
/// fire after every rule that could derive it: NRules, which referees our engine, fires activations by
/// priority and would otherwise fire the absence test first and retract its conclusion later.
/// </summary>
internal static class TrackStrata
{
    /// <summary>The conditions of 第二十九条 and support (供养): read answers only.</summary>
    public const int Conditions = 3;

    /// <summary>The self-employment track: reads the absence of the conditions and of support.</summary>
    public const int SelfEmployment = 2;

    /// <summary>The government track: reads the absence of the self-employment track.</summary>
    public const int Government = 1;
}
