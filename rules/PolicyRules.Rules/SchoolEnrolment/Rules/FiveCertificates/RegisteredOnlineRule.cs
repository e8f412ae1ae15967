using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 三(一)：“审核申请人需在规定时间内登录“北京市学龄人口信息采集系统”进行网上登记注册，完成相关基本信息填报，网上提交审核申请。
/// 未在规定时间内登陆“北京市学龄人口信息采集系统”进行网上登记注册，则无法参加本区2017年小学入学。”
/// This rule: the 规定时间 (the primary information collection, 附件[5月8日]–[5月31日], interpretation SE-ONLINE-REGISTRATION-TIME)
/// has passed, so whether the family registered decides; before that the family can still register and it is not asked
/// (<see cref="RegistrationStillOpenRule"/>).
/// </summary>
[Name("school-enrolment/27-3-1/registered-online")]
[Description("已在规定时间内网上登记注册并提交审核申请")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "三(一)")]
public sealed class RegisteredOnlineRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date > a.Parameters.InformationCollectionCloses)
            .Match(() => child, c => c.RegisteredOnline.Value);

        Then()
            .Yield(_ => new RegisteredOnlineInTime(child));
    }
}
