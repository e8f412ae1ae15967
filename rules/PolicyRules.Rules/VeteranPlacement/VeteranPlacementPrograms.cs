namespace PolicyRules.Rules.VeteranPlacement;

/// <summary>The program ids of the veteran-placement area (stable: they appear in reports).</summary>
public static class VeteranPlacementPrograms
{
    public const string GovernmentPlacement = "veteran-placement.government-placement";
    public const string StateSupport = "veteran-placement.state-support";
    public const string SelfEmployment = "veteran-placement.self-employment";
    public const string SelfFoundUnitReward = "veteran-placement.self-found-unit-reward";
    public const string SkillsTraining = "veteran-placement.skills-training";
    public const string FreeEducation = "veteran-placement.free-education";
    public const string EducationSubsidy = "veteran-placement.education-subsidy";
    public const string CollegeReward = "veteran-placement.college-reward";
    public const string ReturnToJob = "veteran-placement.return-to-job";
    public const string SocialInsuranceSubsidy = "veteran-placement.social-insurance-subsidy";
    public const string BusinessTaxDeduction = "veteran-placement.business-tax-deduction";
    public const string RuralLandRights = "veteran-placement.rural-land-rights";
    public const string EmployerReward = "veteran-placement.employer-reward";
    public const string EmployerHiringSubsidies = "veteran-placement.employer-hiring-subsidies";
    public const string EmployerTaxDeduction = "veteran-placement.employer-tax-deduction";
    public const string ConscriptAllowance = "veteran-placement.conscript-allowance";
}
