namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>A community's full-employment recognition (六(二)).</summary>
public enum FullEmploymentRating
{
    None,
    FullEmployment,
    Model,
}
