namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The certificate vocational training led to (四(一)).</summary>
public enum VocationalCertificate
{
    None,
    Completion,
    Qualification,
}
