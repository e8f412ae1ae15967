using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(三)3：“如果儿童超龄，应提供户籍所在地街道办事处或乡镇人民政府或县级人民政府教育行政部门出具的未在当地就读一年级的证明，
/// 并说明未按时入学原因。同时填写提交《非本市户籍超龄儿童情况表》(此表采用区教委统一印制的规范文本)，并提供相关证明材料如医院病历或幼儿园证明等。”
/// </summary>
[Name("school-enrolment/27-4-3-3/over-age-documents")]
[Description("超龄儿童须带未在当地就读一年级的证明、《非本市户籍超龄儿童情况表》和相关证明材料")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(三)3")]
public sealed class OverAgeDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<OverAge>();

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "not-enrolled-at-home-proof"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "over-age-child-form"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "over-age-evidence"));
    }
}
