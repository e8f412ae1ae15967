using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕26号 三(一)6：“……由其父母或其他法定监护人持本人在本区务工就业证明、在本区实际住所居住证明、全家户口簿、
/// 北京市居住证（或有效期内居住登记卡或暂住证）、户籍所在地街道办事处或乡镇人民政府出具的在当地没有监护条件的证明等相关材料，
/// 到居住地所在街道办事处或乡镇人民政府审核……”
/// This rule: without a valid Mentougou permit that counts as the proof (27号 四(五)1), the family holds the hometown's proof
/// itself; the details must match the booklet (27号 四(五)2). The permit is tested first, so the proof is asked for only when
/// it can matter.
/// </summary>
[Name("school-enrolment/26-3-1-6/hometown-no-guardianship-proof")]
[Description("没有本区有效居住证的，持有户籍所在地街道办事处或乡镇人民政府出具的在当地没有监护条件的证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)6")]
public sealed class HometownNoGuardianshipProofRule : Rule
{
    public override void Define()
    {
        Family family = default!;

        When()
            .Match(() => family)
            .Match<ResidencePermit>(p => !(p.IssuedInDistrict.Value && p.Valid.Value && (family.SingleParent.Value || p.HeldByBothParents.Value)))
            .Match<Family>(f => f == family, f => f.NoGuardianshipProof.Value)
            .Match<DetailsMatchBooklet>(d => d.Family == family);

        Then()
            .Yield(_ => new NoGuardianshipProofMet(family));
    }
}
