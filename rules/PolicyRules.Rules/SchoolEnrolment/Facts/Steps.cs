using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>
/// What the family has done by a date the timetable makes decisive (门政办发〔2017〕26号 附件, 27号 三(二)).
/// Each is asked only once its window has closed: before that the family can still do it, and the report
/// gives the dates instead.
/// </summary>
public sealed class Steps
{
    /// <summary>26号 三(二)1：在规定时间内登录北京市义务教育阶段入学服务平台录入了信息。</summary>
    [Variable("family.enteredOnPlatform")]
    public Input<bool> EnteredOnPlatform { get; set; }

    /// <summary>26号 三(二)1、附件[5月9至25日]：到区考试中心单独进行了信息采集。</summary>
    [Variable("family.collectedSeparately")]
    public Input<bool> CollectedSeparately { get; set; }

    /// <summary>附件[5月19日前]：到区教委小幼科进行了信息审核。</summary>
    [Variable("family.checkedBySection")]
    public Input<bool> CheckedBySection { get; set; }

    /// <summary>27号 三(二)：在5月16日至31日携带“五证”到居住地街道办事处或乡镇人民政府提出了审核申请。</summary>
    [Variable("family.submittedFiveCertificates")]
    public Input<bool> SubmittedFiveCertificates { get; set; }

    /// <summary>附件[5月8至12日]：在10日之前办完了出区手续。</summary>
    [Variable("family.completedExitFormalities")]
    public Input<bool> CompletedExitFormalities { get; set; }

    /// <summary>附件[5月5日前]：小学已持材料到区考试中心办理了回家庭新住址入学的申请。</summary>
    [Variable("family.appliedForRelocation")]
    public Input<bool> AppliedForRelocation { get; set; }

    /// <summary>附件[5月13日]：已到准予招收特长生的学校报名。</summary>
    [Variable("family.signedUpForSpecialty")]
    public Input<bool> SignedUpForSpecialty { get; set; }

    /// <summary>26号 三(二)2(5)：户籍或家庭实际居住地所在区县已为孩子办理了初中入学登记。</summary>
    [Variable("child.registeredInOtherDistrict")]
    public Input<bool> RegisteredInOtherDistrict { get; set; }
}
