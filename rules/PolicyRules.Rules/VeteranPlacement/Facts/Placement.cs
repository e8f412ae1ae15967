using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>A veteran's government placement: his choice, and what happened while waiting for a post.</summary>
public sealed class Placement
{
    [Variable("applicant.placementChoice")]
    public Input<PlacementChoice> Choice { get; set; }

    /// <summary>Recruitment exams offered by the 区双拥办 missed in a row (0 when none).</summary>
    [Variable("applicant.consecutiveExamsMissed")]
    public Input<int> ConsecutiveExamsMissed { get; set; }

    [Variable("applicant.criminalLiabilityWhileWaiting")]
    public Input<bool> CriminalLiabilityWhileWaiting { get; set; }

    [Variable("applicant.foundUnitOutsideDistrict")]
    public Input<bool> FoundUnitOutsideDistrict { get; set; }
}
