namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>A step of the work flow of 三 that every pilot elevator goes through: one of <see cref="PilotSteps"/>.</summary>
public sealed record PilotStep(string Step);
