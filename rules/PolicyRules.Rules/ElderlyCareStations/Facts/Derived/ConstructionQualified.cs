namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The project has a construction-qualification route of 四(三) (with or without a property certificate, or part of a building).</summary>
public sealed record ConstructionQualified(Station Station);
