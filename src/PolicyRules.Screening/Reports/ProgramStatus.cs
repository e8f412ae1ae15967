namespace PolicyRules.Screening.Reports;

public static class ProgramStatus
{
    public const string Eligible = "eligible";
    public const string Ineligible = "ineligible";
    public const string Undetermined = "undetermined";
    public const string NotApplicable = "notApplicable";
}
