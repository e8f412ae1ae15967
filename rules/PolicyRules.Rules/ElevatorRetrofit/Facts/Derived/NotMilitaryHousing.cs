namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>The building is not military housing (一: “军产房不在此范围”).</summary>
public sealed record NotMilitaryHousing(Building Building);
