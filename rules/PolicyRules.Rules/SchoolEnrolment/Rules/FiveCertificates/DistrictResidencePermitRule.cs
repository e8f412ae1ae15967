using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(四)1：“(四) 门头沟区居住证(或有效期内居住登记卡或暂住证)审核标准
/// 1. 审核申请人需持有门头沟区暂住地公安派出所制发的北京市居住证(或有效期内居住登记卡或暂住证)且证件在有效期内，单亲家庭由一方提供。”
/// The permit passes when it also meets 四(四)2, 3 and 4, each its own rule.
/// </summary>
[Name("school-enrolment/27-4-4-1/district-residence-permit")]
[Description("父母双方（单亲家庭为一方）持有门头沟区派出所制发、在有效期内的北京市居住证")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(四)1")]
public sealed class DistrictResidencePermitRule : Rule
{
    public override void Define()
    {
        Family family = default!;
        ResidencePermit permit = default!;

        When()
            .Match(() => family)
            .Match(
                () => permit,
                p => p.IssuedInDistrict.Value,
                p => p.Valid.Value,
                p => family.SingleParent.Value || p.HeldByBothParents.Value)
            .Match<PermitAddressMatchesHome>(a => a.Permit == permit)
            .Match<PermitMachinePrinted>(m => m.Permit == permit)
            .Match<PermitValidInTime>(v => v.Permit == permit);

        Then()
            .Yield(_ => new ResidencePermitMet(permit));
    }
}
