using PolicyRules.Rules;

namespace PolicyRules.Referee.Tests;

public static class RefereeAreas
{
    public const string SchoolEnrolment = "school-enrolment";

    public static TheoryData<string> All => new(PolicyLibrary.Default.Areas.Select(a => a.Id));
}
