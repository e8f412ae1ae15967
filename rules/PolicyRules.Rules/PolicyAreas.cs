namespace PolicyRules.Rules;

/// <summary>The policy areas, each a rule set and a folder of this project.</summary>
public static class PolicyAreas
{
    public const string SchoolEnrolment = "school-enrolment";

    public static IReadOnlyList<string> All { get; } = [SchoolEnrolment];
}
