namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The organisations 13号 rewards.</summary>
public enum OrganisationKind
{
    StartupPlatform,
    DistrictStateOwned,
    StreetOffice,
    Community,
    TrainingInstitution,
}
