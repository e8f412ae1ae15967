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

    /// <summary>Military service: a discharged conscript or NCO (退役士兵), an officer, still serving, or none.</summary>
    [Variable("applicant.militaryService")]
    public Input<MilitaryService> MilitaryService { get; set; }

    /// <summary>The discharge date the army set (部队规定的退役时间).</summary>
    [Variable("applicant.dischargeDate")]
    public Input<DateOnly> DischargeDate { get; set; }

    /// <summary>Full years of active service (服现役年限), conscript and NCO years together.</summary>
    [Variable("applicant.serviceYears")]
    public Input<int> ServiceYears { get; set; }

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

    /// <summary>退役士兵: left the forces as a conscript or an NCO.</summary>
    [Reads(nameof(MilitaryService))]
    public bool IsDischargedSoldier() => MilitaryService.Value is Facts.MilitaryService.Conscript or Facts.MilitaryService.Nco;

    /// <summary>
    /// On <paramref name="date"/>, no more than <paramref name="years"/> years have passed since discharge
    /// (退役1年内): the anniversary itself is still within them.
    /// </summary>
    [Reads(nameof(DischargeDate))]
    public bool IsWithinYearsOfDischarge(int years, DateOnly date) => date <= DischargeDate.Value.AddYears(years);

    /// <summary>On <paramref name="date"/>, at least <paramref name="years"/> years have passed since discharge (退役1年以上): the anniversary counts.</summary>
    [Reads(nameof(DischargeDate))]
    public bool IsYearsAfterDischarge(int years, DateOnly date) => date >= DischargeDate.Value.AddYears(years);
}
