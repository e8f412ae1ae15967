namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The building meets 四(一)3: low rise or ground floor, fire-resistance grade 2 or better, no older people's rooms below ground.</summary>
public sealed record SitingMet(Station Station);
