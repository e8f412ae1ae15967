namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The services of 三: the six basic functions and the extended ones.</summary>
public static class StationServices
{
    public const string DayCare = "day-care";
    public const string Call = "call";
    public const string Meals = "meals";
    public const string Health = "health";
    public const string Recreation = "recreation";
    public const string EmotionalSupport = "emotional-support";
    public const string Extended = "extended";
}
