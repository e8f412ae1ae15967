namespace PolicyRules.Rules.SchoolEnrolment;

/// <summary>The program ids of the school-enrolment area (stable: they appear in reports).</summary>
public static class SchoolEnrolmentPrograms
{
    public const string LocalPrimary = "school-enrolment.primary.local";
    public const string TreatedAsBeijingPrimary = "school-enrolment.primary.treated-as-beijing";
    public const string NonBeijingPrimary = "school-enrolment.primary.non-beijing";
    public const string IntroducedTalent = "school-enrolment.introduced-talent";
    public const string Preference = "school-enrolment.preference";
    public const string SpecialEducation = "school-enrolment.special-education";
    public const string Boarding = "school-enrolment.boarding";
    public const string JuniorNearby = "school-enrolment.junior.nearby";
    public const string JuniorSingleZone = "school-enrolment.junior.single-zone";
    public const string JuniorMultiZone = "school-enrolment.junior.multi-zone-lottery";
    public const string JuniorRelocation = "school-enrolment.junior.relocation";
    public const string JuniorReturnHome = "school-enrolment.junior.return-to-home-district";
    public const string JuniorSpecialty = "school-enrolment.junior.specialty";
    public const string JuniorPlaceKept = "school-enrolment.junior.place-kept";
    public const string NoFees = "school-enrolment.no-fees";

    /// <summary>The routes into grade 1, which share the information-collection timetable.</summary>
    public static IReadOnlyList<string> PrimaryRoutes { get; } = [LocalPrimary, TreatedAsBeijingPrimary, NonBeijingPrimary];

    /// <summary>Every program, for notices that concern them all.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        LocalPrimary, TreatedAsBeijingPrimary, NonBeijingPrimary, IntroducedTalent, Preference, SpecialEducation, Boarding,
        JuniorNearby, JuniorSingleZone, JuniorMultiZone, JuniorRelocation, JuniorReturnHome, JuniorSpecialty, JuniorPlaceKept, NoFees,
    ];
}
