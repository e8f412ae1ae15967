namespace PolicyRules.Rules.EmploymentSubsidy;

/// <summary>The program ids of the employment-subsidy area (stable: they appear in reports).</summary>
public static class EmploymentSubsidyPrograms
{
    // The person: a registered unemployed worker, a founder, a trainee, a retiree.
    public const string WorkerReward = "employment-subsidy.worker-reward";
    public const string ServicePostWorkerReward = "employment-subsidy.service-post-worker-reward";
    public const string StartupLoanInterest = "employment-subsidy.startup-loan-interest";
    public const string UpgradeSubsidy = "employment-subsidy.upgrade-subsidy";
    public const string FounderRentSubsidy = "employment-subsidy.founder-rent-subsidy";
    public const string StartupTraining = "employment-subsidy.startup-training";
    public const string StartupReward = "employment-subsidy.startup-reward";
    public const string SelfEmployedSocialInsurance = "employment-subsidy.self-employed-social-insurance";
    public const string VocationalTraining = "employment-subsidy.vocational-training";
    public const string RetireeAllowance = "employment-subsidy.retiree-allowance";
    public const string RetireeTraining = "employment-subsidy.retiree-training";

    // The employer.
    public const string PostSubsidy = "employment-subsidy.post-subsidy";
    public const string ServicePostSubsidy = "employment-subsidy.service-post-subsidy";
    public const string BulkHiringReward = "employment-subsidy.bulk-hiring-reward";
    public const string RetireePostSubsidy = "employment-subsidy.retiree-post-subsidy";

    // Organisations the text rewards.
    public const string PlatformReward = "employment-subsidy.platform-reward";
    public const string SkillsCompetition = "employment-subsidy.skills-competition";
    public const string StreetEmploymentFunds = "employment-subsidy.street-employment-funds";
    public const string FullEmploymentFunds = "employment-subsidy.full-employment-funds";
    public const string InstitutionVocationalTraining = "employment-subsidy.institution-vocational-training";
    public const string InstitutionStartupTraining = "employment-subsidy.institution-startup-training";
    public const string InstitutionRestrictedTraining = "employment-subsidy.institution-restricted-training";

    /// <summary>Every program of the area: each is paid from the district's employment funds (七(一)).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        WorkerReward, ServicePostWorkerReward, StartupLoanInterest, UpgradeSubsidy, FounderRentSubsidy, StartupTraining, StartupReward,
        SelfEmployedSocialInsurance, VocationalTraining, RetireeAllowance, RetireeTraining, PostSubsidy, ServicePostSubsidy, BulkHiringReward,
        RetireePostSubsidy, PlatformReward, SkillsCompetition, StreetEmploymentFunds, FullEmploymentFunds, InstitutionVocationalTraining,
        InstitutionStartupTraining, InstitutionRestrictedTraining,
    };

    /// <summary>The programs that rest on a labour contract, whose terms labour inspection enforces (七(二)).</summary>
    public static readonly IReadOnlySet<string> UnderLabourContract = new HashSet<string>(StringComparer.Ordinal)
    {
        WorkerReward, ServicePostWorkerReward, PostSubsidy, ServicePostSubsidy, BulkHiringReward,
    };

    /// <summary>The programs paid year by year, which a subsidy granted under the former policy may still overlap (八(五)).</summary>
    public static readonly IReadOnlySet<string> PaidYearByYear = new HashSet<string>(StringComparer.Ordinal)
    {
        WorkerReward, ServicePostWorkerReward, StartupLoanInterest, FounderRentSubsidy, SelfEmployedSocialInsurance, RetireeAllowance,
        PostSubsidy, ServicePostSubsidy, RetireePostSubsidy,
    };
}
