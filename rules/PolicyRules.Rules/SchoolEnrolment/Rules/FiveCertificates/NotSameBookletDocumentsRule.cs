using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(三)2：“父母和适龄儿童少年本人户籍不在同一户口簿上的，应提供父母双方的结婚证明、父母双方和适龄儿童少年本人户口簿、
/// 适龄儿童少年出生证明原件及复印件。”
/// The checklist; that the family can bring them is a condition of the booklet certificate (<see cref="MarriageCertificateLinksChildRule"/>).
/// </summary>
[Name("school-enrolment/27-4-3-2/not-same-booklet-documents")]
[Description("父母和孩子不在同一户口簿的，须另带结婚证明、各自的户口簿和出生证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(三)2")]
public sealed class NotSameBookletDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Family>(f => !f.ChildInParentsBooklet.Value);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "parents-marriage-certificate"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "all-household-booklets"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "birth-certificate"));
    }
}
