namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The station is not in a hastily built temporary building (八(一)).</summary>
public sealed record NotTemporaryBuilding(Station Station);
