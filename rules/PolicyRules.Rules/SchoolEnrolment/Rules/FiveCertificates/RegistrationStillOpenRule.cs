using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 三(一)：“审核申请人需在规定时间内登录“北京市学龄人口信息采集系统”进行网上登记注册……”
/// This rule: the 规定时间 (附件[5月8日]–[5月31日], interpretation SE-ONLINE-REGISTRATION-TIME) has not passed, so a family
/// that has not registered yet still can: nothing is asked, and the notice of 三(一) says to register first.
/// </summary>
[Name("school-enrolment/27-3-1/registration-open")]
[Description("网上登记注册的规定时间尚未截止")]
[Cites(SchoolEnrolmentSources.FiveCertificates, "三(一)")]
public sealed class RegistrationStillOpenRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date <= a.Parameters.InformationCollectionCloses)
            .Match(() => child);

        Then()
            .Yield(_ => new RegisteredOnlineInTime(child));
    }
}
