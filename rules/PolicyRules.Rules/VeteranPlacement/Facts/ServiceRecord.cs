using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>
/// The applicant's service record as this area reads it: awards, disability, martyr's child, NCO years.
/// Whether and how the applicant served, when he left and for how long are the citizen vocabulary's (<c>Applicant</c>).
/// </summary>
public sealed class ServiceRecord
{
    [Variable("applicant.highestHonour")]
    public Input<MilitaryHonour> HighestHonour { get; set; }

    /// <summary>Whether the third-class merit was won in wartime (战时).</summary>
    [Variable("applicant.honourInWartime")]
    public Input<bool> HonourInWartime { get; set; }

    [Variable("applicant.serviceDisability")]
    public Input<DisabilityCause> ServiceDisability { get; set; }

    [Variable("applicant.disabilityGrade")]
    public Input<DisabilityGrade> DisabilityGrade { get; set; }

    [Variable("applicant.martyrChild")]
    public Input<bool> MartyrChild { get; set; }

    /// <summary>Full years served after selection as an NCO (选改士官后服役年数).</summary>
    [Variable("applicant.ncoYears")]
    public Input<int> NcoYears { get; set; }

    /// <summary>平时二等功以上: a second-class merit, a first-class merit or an honorary title (interpretation VP-HONORARY-TITLE).</summary>
    [Reads(nameof(HighestHonour))]
    public bool HasSecondClassMeritOrHigher() => HighestHonour.Value >= MilitaryHonour.SecondClassMerit;

    [Reads(nameof(DisabilityGrade))]
    public bool HasGradeBetween(int from, int to) => (int)DisabilityGrade.Value >= from && (int)DisabilityGrade.Value <= to;

    /// <summary>Grade <paramref name="to"/> or a more severe one (grades run from 1, the most severe).</summary>
    [Reads(nameof(DisabilityGrade))]
    public bool HasGradeAtMost(int to) => (int)DisabilityGrade.Value <= to;
}
