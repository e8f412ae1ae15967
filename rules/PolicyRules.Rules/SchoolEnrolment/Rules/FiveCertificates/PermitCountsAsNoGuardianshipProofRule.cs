using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(五)1：“(五) 户籍所在地街道办事处或乡镇人民政府出具的在当地没有监护条件的证明审核标准
/// 1. 审核申请人持有本区有效北京市居住证(或有效期内居住登记卡或暂住证)的可视为有此证明，单亲家庭由一方提供即可。”
/// “本区有效” is read as issued in Mentougou and within its validity (interpretation SE-NO-GUARDIANSHIP-PERMIT);
/// the details must also match the booklet (四(五)2).
/// </summary>
[Name("school-enrolment/27-4-5-1/permit-counts-as-no-guardianship-proof")]
[Description("持有本区有效居住证（单亲家庭为一方），视为有在当地没有监护条件的证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(五)1")]
public sealed class PermitCountsAsNoGuardianshipProofRule : Rule
{
    public override void Define()
    {
        Family family = default!;

        When()
            .Match(() => family)
            .Match<ResidencePermit>(
                p => p.IssuedInDistrict.Value,
                p => p.Valid.Value,
                p => family.SingleParent.Value || p.HeldByBothParents.Value)
            .Match<DetailsMatchBooklet>(d => d.Family == family);

        Then()
            .Yield(_ => new NoGuardianshipProofMet(family));
    }
}
