using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)1：“审核申请人自有住房的，应提供住建部门或国土部门登记的《房屋所有权证》或《不动产权证书》原件及复印件，
/// 尚未取得《房屋所有权证》或《不动产权证书》的，提供商品房买卖合同及购房发票的原件及复印件。”
/// </summary>
[Name("school-enrolment/27-4-2-1/owned-home-residence-proof")]
[Description("自有住房：有房屋所有权证或不动产权证书，或商品房买卖合同及购房发票")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)1")]
public sealed class OwnedHomeResidenceProofRule : Rule
{
    public override void Define()
    {
        Residence home = default!;

        When()
            .Match<HomeInDistrict>()
            .Match(() => home, r => r.Tenure.Value == Tenure.Owned)
            .Match<Residence>(r => r == home, r => r.OwnershipProof.Value != OwnershipProof.None);

        Then()
            .Yield(_ => new ResidenceProofMet(home));
    }
}
