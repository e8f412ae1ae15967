using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(四)3：“北京市居住证(或有效期内居住登记卡或暂住证)信息应为机打，涂改无效。”
/// </summary>
[Name("school-enrolment/27-4-4-3/permit-machine-printed")]
[Description("居住证信息为机打，没有涂改")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(四)3")]
public sealed class PermitMachinePrintedRule : Rule
{
    public override void Define()
    {
        ResidencePermit permit = default!;

        When()
            .Match(() => permit, p => p.MachinePrintedUnaltered.Value);

        Then()
            .Yield(_ => new PermitMachinePrinted(permit));
    }
}
