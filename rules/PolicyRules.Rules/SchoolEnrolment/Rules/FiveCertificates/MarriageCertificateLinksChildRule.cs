using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(三)2：“父母和适龄儿童少年本人户籍不在同一户口簿上的，应提供父母双方的结婚证明、父母双方和适龄儿童少年本人户口簿、
/// 适龄儿童少年出生证明原件及复印件。”
/// This rule: the child is in another booklet (the route, tested first), so the family must be able to bring the marriage
/// certificate and every booklet: a condition of the booklet certificate, not only a list of papers.
/// </summary>
[Name("school-enrolment/27-4-3-2/marriage-certificate")]
[Description("孩子不在父母的户口簿上，能提供父母双方的结婚证明和各自的户口簿")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(三)2")]
public sealed class MarriageCertificateLinksChildRule : Rule
{
    public override void Define()
    {
        Family family = default!;

        When()
            .Match(() => family, f => !f.ChildInParentsBooklet.Value)
            .Match<Family>(f => f == family, f => f.ParentsMarriageCertificate.Value);

        Then()
            .Yield(_ => new BookletsLinkChild(family));
    }
}
