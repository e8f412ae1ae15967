using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2：“审核申请人租住房屋的，应提供规范有效的房屋租赁合同、房主《房屋所有权证》或《不动产权证书》或商品房买卖合同及购房发票、
/// 房主身份证以及房主依法缴纳出租房屋的房产税、个人所得税的完税发票（以上证明证件材料需提供原件及复印件）。……”
/// This rule: a rented home with a title (or purchase contract and invoice).
/// </summary>
[Name("school-enrolment/27-4-2-2/rented-titled-home-residence-proof")]
[Description("租住有产权的住房：租赁合同合格，有房主产权证明、身份证和完税发票")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2")]
public sealed class RentedTitledHomeResidenceProofRule : Rule
{
    public override void Define()
    {
        Residence home = default!;

        When()
            .Match<HomeInDistrict>()
            .Match(() => home, r => r.Tenure.Value == Tenure.Rented, r => r.RentalKind.Value == RentalKind.TitledHome)
            .Match<LeaseQualifies>(l => l.Residence == home)
            .Match<Residence>(
                r => r == home,
                r => r.LandlordTitleProof.Value,
                r => r.LandlordIdCard.Value,
                r => r.LandlordTaxReceipts.Value);

        Then()
            .Yield(_ => new ResidenceProofMet(home));
    }
}
