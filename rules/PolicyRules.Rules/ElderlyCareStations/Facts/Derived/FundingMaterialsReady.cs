namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>It is known which funding materials of 七(一)3 the project submits.</summary>
public sealed record FundingMaterialsReady(Station Station);
