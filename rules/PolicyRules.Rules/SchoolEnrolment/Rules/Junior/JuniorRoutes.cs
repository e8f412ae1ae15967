namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>Groups of junior-secondary programs that share a timetable entry or a notice.</summary>
internal static class JuniorRoutes
{
    /// <summary>Routes on which a 门头沟 junior school admits the graduate and issues its admission notice (附件 7月10日开始).</summary>
    public static IReadOnlyList<string> AdmittedInDistrict { get; } =
    [
        SchoolEnrolmentPrograms.JuniorNearby, SchoolEnrolmentPrograms.JuniorSingleZone, SchoolEnrolmentPrograms.JuniorMultiZone,
        SchoolEnrolmentPrograms.JuniorRelocation, SchoolEnrolmentPrograms.JuniorSpecialty, SchoolEnrolmentPrograms.SpecialEducation,
    ];
}
