using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment;

/// <summary>The figures and dates of 门政办发〔2017〕26号 and 27号, each bound to its file under parameters/.</summary>
public sealed class SchoolEnrolmentParameters
{
    [Parameter("entry_birth_cutoff")]
    public DateOnly EntryBirthCutoff { get; init; }

    [Parameter("over_age_birth_cutoff")]
    public DateOnly OverAgeBirthCutoff { get; init; }

    [Parameter("five_certificates_birth_cutoff")]
    public DateOnly FiveCertificatesBirthCutoff { get; init; }

    [Parameter("contract_start_before")]
    public DateOnly ContractStartBefore { get; init; }

    [Parameter("minimum_contract_months")]
    public int MinimumContractMonths { get; init; }

    [Parameter("licence_dated_before")]
    public DateOnly LicenceDatedBefore { get; init; }

    [Parameter("lease_signed_before")]
    public DateOnly LeaseSignedBefore { get; init; }

    [Parameter("minimum_lease_months")]
    public int MinimumLeaseMonths { get; init; }

    [Parameter("permit_valid_from_before")]
    public DateOnly PermitValidFromBefore { get; init; }

    [Parameter("medical_check_after")]
    public DateOnly MedicalCheckAfter { get; init; }

    /// <summary>附件[5月31日]：小学入学信息采集截止（当日仍可）。</summary>
    [Parameter("timetable_information_collection_closes")]
    public DateOnly InformationCollectionCloses { get; init; }

    /// <summary>附件[5月9至25日]：区考试中心单独采集的最后一天。</summary>
    [Parameter("timetable_separate_collection_to")]
    public DateOnly SeparateCollectionTo { get; init; }

    /// <summary>附件[5月19日前]：到区教委小幼科审核，当日已逾期。</summary>
    [Parameter("timetable_separate_check_by")]
    public DateOnly SeparateCheckBy { get; init; }

    /// <summary>27号 三(二)、附件[5月31日]：“五证”审核申请的最后一天。</summary>
    [Parameter("timetable_five_certificates_to")]
    public DateOnly FiveCertificatesTo { get; init; }

    /// <summary>附件[5月8至12日]：“10日之前完成办理出区手续”，当日已逾期（解释 SE-EXIT-BEFORE-10TH）。</summary>
    [Parameter("timetable_exit_formalities_by")]
    public DateOnly ExitFormalitiesBy { get; init; }

    /// <summary>附件[5月5日前]：区内搬家入学申请，当日已逾期。</summary>
    [Parameter("timetable_relocation_applications_by")]
    public DateOnly RelocationApplicationsBy { get; init; }

    /// <summary>附件[5月13日]：特长生报名日。</summary>
    [Parameter("timetable_specialty_signup")]
    public DateOnly SpecialtySignup { get; init; }
}
