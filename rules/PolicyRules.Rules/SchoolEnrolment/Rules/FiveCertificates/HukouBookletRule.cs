using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(三)1：“（三）全家户口簿审核标准
/// 1. 儿童少年年龄符合当年入学规定，户口簿上年龄与出生证明上年龄应保持一致。”
/// This rule: a child who is not over age (the route, tested first); an over-age child takes <see cref="OverAgeHukouBookletRule"/>.
/// The age is the 五证 review's own (27号 二); the booklets must show the child is the parents' (四(三)2).
/// </summary>
[Name("school-enrolment/27-4-3-1/hukou-booklet")]
[Description("孩子年龄符合当年入学规定，户口簿上年龄与出生证明一致")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(三)1")]
public sealed class HukouBookletRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<NotOverAge>(n => n.Pupil == child)
            .Match<OfReviewAge>(a => a.Pupil == child)
            .Match<Family>(f => f.BookletAgeMatchesBirthCertificate.Value)
            .Match<BookletsLinkChild>();

        Then()
            .Yield(_ => new HukouBookletMet(child));
    }
}
