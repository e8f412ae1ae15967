namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>The building is within the pilot: selectable by its street or town, or in the pilot year's old-estate renovation (一).</summary>
public sealed record InPilotScope(Building Building);
