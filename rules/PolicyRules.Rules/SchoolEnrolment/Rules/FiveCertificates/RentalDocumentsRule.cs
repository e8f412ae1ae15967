using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2：“审核申请人租住房屋的，应提供规范有效的房屋租赁合同……（以上证明证件材料需提供原件及复印件）。
/// 房屋租赁合同期限为半年以上，签订日期为2017年4月28日前。住所应适宜居住，并能保障适龄儿童少年的安全，必要时提供安全责任书。”
/// Not for rentals whose proof is invalid (四(二)2(1) office space and basements, 四(二)2(3) restricted sublets). That the home
/// is fit and safe is checked by the reviewing office, which may ask for the safety undertaking (interpretation SE-FIT-AND-SAFE).
/// </summary>
[Name("school-enrolment/27-4-2-2/rental-documents")]
[Description("租房须带房屋租赁合同，必要时提供安全责任书")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2")]
public sealed class RentalDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Residence>(r => r.Tenure.Value == Tenure.Rented, r => !r.RentsInvalidPremises());

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "lease-contract"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "safety-undertaking"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-fit-and-safe"));
    }
}
