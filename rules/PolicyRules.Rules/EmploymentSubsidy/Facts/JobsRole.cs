namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>Who asks about 西政发〔2017〕13号.</summary>
public enum JobsRole
{
    JobSeeker,
    Retiree,
    Employer,
    Organisation,
}
