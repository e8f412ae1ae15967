using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(四)4：“北京市居住证(或有效期内居住登记卡或暂住证)“有效期限”的起始时间为2017年4月28日前。”
/// “4月28日前” excludes the 28th (interpretation SE-BEFORE-APRIL-28-PERMIT).
/// </summary>
[Name("school-enrolment/27-4-4-4/permit-valid-from")]
[Description("居住证“有效期限”的起始时间在4月28日前")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(四)4")]
public sealed class PermitValidFromRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        ResidencePermit permit = default!;

        When()
            .Match(() => at)
            .Match(() => permit, p => p.ValidFromBefore(at.Parameters.PermitValidFromBefore));

        Then()
            .Yield(_ => new PermitValidInTime(permit));
    }
}
