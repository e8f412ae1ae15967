namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>Owners holding two-thirds of the area and two-thirds of the owners of the entrance consent (三(二)).</summary>
public sealed record TwoThirdsConsent(Entrance Entrance);
