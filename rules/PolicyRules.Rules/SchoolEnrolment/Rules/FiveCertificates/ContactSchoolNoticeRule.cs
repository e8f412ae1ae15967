using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕26号 三(一)6：“……到居住地所在街道办事处或乡镇人民政府审核，通过审核后参加学龄人口信息采集，并自行联系学校就读；
/// 学校接收有困难的，可申请区教委小幼科协调解决。”（27号 二 同。）
/// </summary>
[Name("school-enrolment/26-3-1-6/contact-school")]
[Description("通过审核后参加信息采集并自行联系学校，学校接收有困难的可申请区教委小幼科协调")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)6")]
public sealed class ContactSchoolNoticeRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary);

        Then()
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-contact-school"));
    }
}
