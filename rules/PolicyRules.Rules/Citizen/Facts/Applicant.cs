using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.Citizen.Facts;

/// <summary>
/// The person asking about themselves (a veteran, a job seeker, an older resident): the facts about
/// them that more than one area reads.
/// </summary>
public sealed class Applicant
{
    [Variable("applicant.birthDate")]
    public Input<DateOnly> BirthDate { get; set; }

    [Variable("applicant.gender")]
    public Input<Gender> Gender { get; set; }

    [Variable("applicant.hukouDistrict")]
    public Input<HukouDistrict> HukouDistrict { get; set; }

    [Variable("applicant.hukouType")]
    public Input<HukouType> HukouType { get; set; }

    /// <summary>Full years of age on <paramref name="date"/> (a birthday counts on the day itself).</summary>
    [Reads(nameof(BirthDate))]
    public int AgeOn(DateOnly date)
    {
        var born = BirthDate.Value;
        var age = date.Year - born.Year;
        return date < born.AddYears(age) ? age - 1 : age;
    }

    [Reads(nameof(HukouDistrict))]
    public bool HasHukouIn(HukouDistrict district) => HukouDistrict.Value == district;
}
