namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>The units 二(二)8 rewards (区属国有企业、民营企业、社会组织, all of the district: interpretation VP-EMPLOYER-REWARD), or another.</summary>
public enum EmployerKind
{
    DistrictStateOwned,
    DistrictPrivate,
    DistrictSocialOrganisation,
    Other,
}
