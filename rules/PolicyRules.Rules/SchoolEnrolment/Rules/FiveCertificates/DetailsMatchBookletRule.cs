using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(五)2：“适龄儿童及其审核申请人信息和户口簿一致。”
/// A standard of the no-guardianship proof whichever way it is shown (interpretation SE-NO-GUARDIANSHIP-PERMIT).
/// </summary>
[Name("school-enrolment/27-4-5-2/details-match-booklet")]
[Description("孩子和审核申请人的信息与户口簿一致")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(五)2")]
public sealed class DetailsMatchBookletRule : Rule
{
    public override void Define()
    {
        Family family = default!;

        When()
            .Match(() => family, f => f.DetailsMatchBooklet.Value);

        Then()
            .Yield(_ => new DetailsMatchBooklet(family));
    }
}
