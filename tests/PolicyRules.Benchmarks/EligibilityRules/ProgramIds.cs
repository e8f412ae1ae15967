namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>The <see cref="Facts.BenefitResult.ProgramId"/> of each benefit rule.</summary>
public static class ProgramIds
{
    public const string VeteranRankSupplement = "VET-RANK";
    public const string Placement = "EMP-PLACEMENT";
    public const string SocialInsurance = "EMP-SI";
    public const string FlexibleEmployment = "EMP-FLEX";
    public const string Reemployment = "EMP-REEMPLOY";
    public const string StartUp = "EMP-STARTUP";
    public const string DisabledEmployment = "EMP-DISABLED";
    public const string EmployerSocialInsurance = "ER-SI";
    public const string SmeHire = "ER-SME-HIRE";
    public const string SmeHiringAward = "ER-SME-AWARD";
    public const string VeteranResettlement = "VET-RESETTLE";
    public const string VeteranEntrepreneurship = "VET-STARTUP";
    public const string VeteranHireIncentive = "VET-HIRE";
    public const string VeteranTraining = "VET-TRAINING";
    public const string Enrolment = "EDU-ENROL";
    public const string VeteranChildPriority = "EDU-VET-PRIORITY";
    public const string ZeroEmploymentEducation = "EDU-ZEF";
    public const string Preschool = "EDU-PRESCHOOL";
    public const string ZeroEmploymentAllowance = "HH-ZEF-ALLOWANCE";
    public const string ZeroEmploymentPlacement = "HH-ZEF-PLACEMENT";
    public const string MinimumLivingAllowanceBonus = "EMP-MLA-BONUS";
    public const string NonLocalChildEnrolment = "EDU-NONLOCAL";
    public const string PriorityCasework = "CASE-PRIORITY";
}
