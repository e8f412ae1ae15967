namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The construction project meets the siting, qualification and material rules and can be put forward (七(二)).</summary>
public sealed record ProjectSubmittable(Station Station);
