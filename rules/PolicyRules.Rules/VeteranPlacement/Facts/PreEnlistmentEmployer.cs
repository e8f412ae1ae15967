namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>Where the veteran worked before enlisting, as 二(二)8 and 9 distinguish it.</summary>
public enum PreEnlistmentEmployer
{
    None,
    PartyOrPublicInstitution,
    EnterpriseOrSocialGroup,
}
