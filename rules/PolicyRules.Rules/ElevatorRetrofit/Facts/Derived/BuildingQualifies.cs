namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>The building is an urban residential building of enough storeys without an elevator, completed in time and not to be redeveloped (一).</summary>
public sealed record BuildingQualifies(Building Building);
