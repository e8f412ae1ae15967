namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>What a veteran who meets the conditions for government placement chose on discharge.</summary>
public enum PlacementChoice
{
    GovernmentPlacement,
    SelfEmployment,
}
