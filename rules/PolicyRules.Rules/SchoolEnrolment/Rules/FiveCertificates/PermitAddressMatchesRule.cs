using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(四)2：“北京市居住证(或有效期内居住登记卡或暂住证)地址与在门头沟区实际住所居住证明地址一致。”
/// </summary>
[Name("school-enrolment/27-4-4-2/permit-address-matches")]
[Description("居住证地址与实际住所居住证明地址一致")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(四)2")]
public sealed class PermitAddressMatchesRule : Rule
{
    public override void Define()
    {
        ResidencePermit permit = default!;

        When()
            .Match(() => permit, p => p.AddressMatchesResidence.Value);

        Then()
            .Yield(_ => new PermitAddressMatchesHome(permit));
    }
}
