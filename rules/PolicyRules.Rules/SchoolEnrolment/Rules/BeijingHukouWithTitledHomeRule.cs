using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三(一)1：“……或具有本市户籍且家庭实际居住地（凭房屋所有权证或不动产权证书）在本区的适龄儿童……”；
/// 三(一)3：“……可以在户籍所在地或家庭实际居住地（凭房屋所有权证或不动产权证书）就近入学。”
/// Renting is not enough on this route: the residence is proven only by a title. The information collection must be
/// kept (三(二)1): on the platform, or separately for an over-age or unregistered child.
/// </summary>
[Name("school-enrolment/26-3-1-1/beijing-hukou-titled-home")]
[Description("孩子为本市户籍，家庭在本区有房屋所有权证或不动产权证书")]
[Program(SchoolEnrolmentPrograms.LocalPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)1")]
public sealed class BeijingHukouWithTitledHomeRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Stage.Value == SchoolStage.Primary,
                c => c.Hukou.Value == HukouLocation.OtherBeijingDistrict || c.Hukou.Value == HukouLocation.BeijingUnregistered)
            .Match<Family>(f => f.OwnsTitledHomeInDistrict.Value)
            .Match<OfEntryAge>(a => a.Pupil == child)
            .Match<InformationCollectedInTime>(i => i.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.LocalPrimary))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.LocalPrimary, "property-title"));
    }
}
