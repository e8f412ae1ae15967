using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The person asking about their own employment, business or training (the citizen vocabulary holds age, gender, hukou and military service).</summary>
public sealed class JobSeeker
{
    /// <summary>本区登记失业人员: registered unemployed in 西城.</summary>
    [Variable("applicant.registeredUnemployed")]
    public Input<bool> RegisteredUnemployed { get; set; }

    /// <summary>残疾人、享受最低生活保障待遇及低收入家庭人员、初次进京随军家属、零就业家庭成员、社区矫正人员或刑满释放人员 (八(一)).</summary>
    [Variable("applicant.hardshipGroup")]
    public Input<bool> HardshipGroup { get; set; }

    /// <summary>How long the person has been registered unemployed, in months (登记失业一年以上).</summary>
    [Variable("applicant.unemployedMonths")]
    public Input<int> UnemployedMonths { get; set; }

    /// <summary>Hired by an employer with a labour contract.</summary>
    [Variable("applicant.hired")]
    public Input<bool> Hired { get; set; }

    /// <summary>The other groups of 贴息借款人 (三(一)) a person may belong to.</summary>
    [Variable("applicant.supportGroup")]
    public Input<SupportGroup> SupportGroup { get; set; }

    /// <summary>The day of release from prison, or the day community correction ended.</summary>
    [Variable("applicant.releaseDate")]
    public Input<DateOnly> ReleaseDate { get; set; }

    /// <summary>The day the person graduated from higher education.</summary>
    [Variable("applicant.graduationDate")]
    public Input<DateOnly> GraduationDate { get; set; }

    /// <summary>Has had a job since graduating (毕业2年内未就业).</summary>
    [Variable("applicant.employedSinceGraduation")]
    public Input<bool> EmployedSinceGraduation { get; set; }

    /// <summary>已经享受养老保险待遇 (八(二)).</summary>
    [Variable("applicant.drawsPension")]
    public Input<bool> DrawsPension { get; set; }

    /// <summary>On <paramref name="date"/>, no more than <paramref name="years"/> years since release or the end of correction (5年内: the anniversary is still within).</summary>
    [Reads(nameof(ReleaseDate))]
    public bool IsWithinYearsOfRelease(int years, DateOnly date) => date <= ReleaseDate.Value.AddYears(years);

    /// <summary>On <paramref name="date"/>, no more than <paramref name="years"/> years since graduation (毕业2年内: the anniversary is still within).</summary>
    [Reads(nameof(GraduationDate))]
    public bool GraduatedWithinYears(int years, DateOnly date) => date <= GraduationDate.Value.AddYears(years);
}
