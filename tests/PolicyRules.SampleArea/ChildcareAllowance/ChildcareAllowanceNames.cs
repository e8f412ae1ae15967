namespace PolicyRules.SampleArea.ChildcareAllowance;

/// <summary>The sample area's program id and source document number.</summary>
public static class ChildcareAllowanceNames
{
    public const string Program = "childcare-allowance.allowance";

    public const string Notice = "样例文〔2026〕1号";
}
