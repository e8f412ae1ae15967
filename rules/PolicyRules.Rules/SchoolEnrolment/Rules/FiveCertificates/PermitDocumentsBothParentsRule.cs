using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(四)1：“审核申请人需持有门头沟区暂住地公安派出所制发的北京市居住证(或有效期内居住登记卡或暂住证)且证件在有效期内，单亲家庭由一方提供。”
/// This rule: a family with both parents brings both permits.
/// </summary>
[Name("school-enrolment/27-4-4-1/permit-documents-both-parents")]
[Description("父母双方的门头沟区居住证")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(四)1")]
public sealed class PermitDocumentsBothParentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Family>(f => !f.SingleParent.Value);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "residence-permits-both-parents"));
    }
}
