namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>The directly affected owners of the entrance agree, or none is affected (二[业主自愿]).</summary>
public sealed record AffectedOwnersAgree(Entrance Entrance);
