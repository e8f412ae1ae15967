using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 二：“2017年审核年满6周岁（2011年8月31日以前出生）的非本市户籍、且需要在本区就读小学一年级的适龄儿童的“五证”。”
/// The 五证 review states its own age (the same as 26号 三(一)1), so a refusal on age cites this clause. 以前 includes the day
/// (interpretation SE-AGE-CUTOFF-REVIEW).
/// </summary>
[Name("school-enrolment/27-2/of-review-age")]
[Description("孩子年满6周岁，属于2017年“五证”审核的对象")]
[Cites(SchoolEnrolmentSources.FiveCertificates, "二")]
public sealed class FiveCertificatesAgeRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at)
            .Match<Child>(c => c.IsBornOnOrBefore(at.Parameters.FiveCertificatesBirthCutoff))
            .Match(() => child);

        Then()
            .Yield(_ => new OfReviewAge(child));
    }
}
