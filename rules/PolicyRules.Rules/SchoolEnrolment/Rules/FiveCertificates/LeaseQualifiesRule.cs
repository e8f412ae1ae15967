using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2：“……房屋租赁合同期限为半年以上，签订日期为2017年4月28日前。住所应适宜居住，并能保障适龄儿童少年的安全，
/// 必要时提供安全责任书。其中：”
/// The lease conditions shared by every kind of rented home of 四(二)2 and its items (1)–(2). Whether the home is fit and safe
/// is a standard the reviewing office applies, not a question (interpretation SE-FIT-AND-SAFE; <see cref="RentalDocumentsRule"/> tells it).
/// “4月28日前” excludes the 28th (SE-BEFORE-APRIL-28-LEASE); “半年以上” includes 6 months (SE-HALF-YEAR-LEASE).
/// </summary>
[Name("school-enrolment/27-4-2-2/lease-qualifies")]
[Description("租赁合同半年以上、4月28日前签订")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2")]
public sealed class LeaseQualifiesRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Residence home = default!;

        When()
            .Match(() => at)
            .Match(() => home, r => r.Tenure.Value == Tenure.Rented)
            .Match<Residence>(
                r => r == home,
                r => r.LeaseSignedBefore(at.Parameters.LeaseSignedBefore),
                r => r.LeaseRunsAtLeast(at.Parameters.MinimumLeaseMonths));

        Then()
            .Yield(_ => new LeaseQualifies(home));
    }
}
