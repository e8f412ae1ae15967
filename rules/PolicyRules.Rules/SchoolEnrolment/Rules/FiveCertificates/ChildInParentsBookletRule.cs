using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(三)2：“父母和适龄儿童少年本人户籍不在同一户口簿上的，应提供父母双方的结婚证明、父母双方和适龄儿童少年本人户口簿、
/// 适龄儿童少年出生证明原件及复印件。”
/// This rule: the child is in the parents' booklet, which shows the link by itself.
/// </summary>
[Name("school-enrolment/27-4-3-2/child-in-parents-booklet")]
[Description("孩子和父母在同一户口簿上")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(三)2")]
public sealed class ChildInParentsBookletRule : Rule
{
    public override void Define()
    {
        Family family = default!;

        When()
            .Match(() => family, f => f.ChildInParentsBooklet.Value);

        Then()
            .Yield(_ => new BookletsLinkChild(family));
    }
}
