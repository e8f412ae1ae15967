namespace PolicyRules.Rules.ElevatorRetrofit.Facts;

/// <summary>The owners of the entrance directly affected in light, ventilation or noise by the elevator (二[业主自愿]).</summary>
public enum AffectedOwners
{
    AllAgree,
    NotAll,
    NoneAffected,
}
