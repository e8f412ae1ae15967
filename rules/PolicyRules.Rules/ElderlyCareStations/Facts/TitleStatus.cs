namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>The premises' property certificate (四(三)): held, or not held and not in conflict with planning, or not held and in conflict.</summary>
public enum TitleStatus
{
    Titled,
    UntitledNoPlanningConflict,
    UntitledPlanningConflict,
}
