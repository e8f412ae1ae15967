using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 三(一)：“审核申请人需在规定时间内登录“北京市学龄人口信息采集系统”进行网上登记注册，完成相关基本信息填报，网上提交审核申请。
/// 未在规定时间内登陆“北京市学龄人口信息采集系统”进行网上登记注册，则无法参加本区2017年小学入学。”
/// </summary>
[Name("school-enrolment/27-3-1/online-registration-notice")]
[Description("先网上登记注册，逾期无法参加本区2017年小学入学")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "三(一)")]
public sealed class OnlineRegistrationNoticeRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary);

        Then()
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-register-online"));
    }
}
