using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>The child (适龄儿童少年) the family is asking about, as a pupil: their schooling situation.</summary>
public sealed class Pupil
{
    [Variable("child.stage")]
    public Input<SchoolStage> Stage { get; set; }

    [Variable("child.hukou")]
    public Input<HukouLocation> Hukou { get; set; }

    [Variable("child.treatedAsBeijingBasis")]
    public Input<TreatedAsBeijingBasis> TreatedAsBeijingBasis { get; set; }

    [Variable("child.preferenceStatus")]
    public Input<PreferenceStatus> PreferenceStatus { get; set; }

    /// <summary>26号 三(一)5 第二款：“持有……身份证明的”：能提供孩子这一身份的证明。</summary>
    [Variable("child.preferenceProofHeld")]
    public Input<bool> PreferenceProofHeld { get; set; }

    [Variable("child.disability")]
    public Input<DisabilitySchooling> Disability { get; set; }

    /// <summary>
    /// 超龄儿童是否已在户籍所在地就读一年级（27号 四(三)3、三(三)4）。超龄本身由出生日期推出，不问。
    /// </summary>
    [Variable("child.attendedGradeOneAtHome")]
    public Input<bool> AttendedGradeOneAtHome { get; set; }

    [Variable("child.registeredOnline")]
    public Input<bool> RegisteredOnline { get; set; }

    [Variable("child.primaryCompletion")]
    public Input<PrimaryCompletion> PrimaryCompletion { get; set; }

    [Variable("child.primarySchoolZone")]
    public Input<PrimarySchoolZone> PrimarySchoolZone { get; set; }

    [Variable("child.relocatedWithinDistrict")]
    public Input<bool> RelocatedWithinDistrict { get; set; }

    [Variable("child.returnToHomeDistrict")]
    public Input<bool> ReturnToHomeDistrict { get; set; }

    [Variable("child.returnDestination")]
    public Input<ReturnDestination> ReturnDestination { get; set; }

    [Variable("child.specialtyApplicant")]
    public Input<bool> SpecialtyApplicant { get; set; }

    [Variable("child.specialtySchoolRegistered")]
    public Input<bool> SpecialtySchoolRegistered { get; set; }

    [Variable("child.boarding")]
    public Input<bool> Boarding { get; set; }

    [Variable("child.medicalCheckDate")]
    public Input<DateOnly> MedicalCheckDate { get; set; }

    /// <summary>26号 三(二)2(7)：体检在本市区县级以上医院进行。</summary>
    [Variable("child.medicalCheckAtDistrictHospital")]
    public Input<bool> MedicalCheckAtDistrictHospital { get; set; }

    /// <summary>
    /// Whether any of the rarely applying circumstances holds (残疾, 寄宿, 特长生, 照顾身份, 引进人才): one question in place of
    /// five. No rule reads it; answered no, it settles the variables it gathers (variables.yaml).
    /// </summary>
    [Variable("child.specialCircumstances")]
    public Input<bool> SpecialCircumstances { get; set; }

    /// <summary>本市户籍：本区、本市外区，或京籍无户口。</summary>
    [Reads(nameof(Hukou))]
    public bool HasBeijingHukou() => Hukou.Value != HukouLocation.OutsideBeijing;

    /// <summary>The boarder's medical check was on or after the date (门政办发〔2017〕26号 三(二)2(7): “……以后”, the day included).</summary>
    [Reads(nameof(MedicalCheckDate))]
    public bool HadMedicalCheckOnOrAfter(DateOnly date) => MedicalCheckDate.Value >= date;

    /// <summary>The documents-catalogue id of the proof of the child's preference status (门政办发〔2017〕26号 三(一)5 第二款).</summary>
    [Reads(nameof(PreferenceStatus))]
    public string PreferenceProofDocument() => PreferenceStatus.Value switch
    {
        Facts.PreferenceStatus.MartyrChild => "preference-proof-martyr-child",
        Facts.PreferenceStatus.TaiwanStudent => "preference-proof-taiwan-student",
        Facts.PreferenceStatus.OverseasChineseChild => "preference-proof-overseas-chinese-child",
        Facts.PreferenceStatus.ServingSoldierChild => "preference-proof-serving-soldier-child",
        Facts.PreferenceStatus.NationalModelWorkerChild => "preference-proof-national-model-worker-child",
        _ => throw new InvalidOperationException("A child without a preference status needs no proof of one."),
    };
}
