using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三(一)1：“凡年满6周岁……的本区户籍……适龄儿童均须按区教委划定的学校服务片区参加学龄人口信息采集，免试就近入学。”
/// The information collection must be kept (三(二)1): on the platform, or separately for an over-age child.
/// </summary>
[Name("school-enrolment/26-3-1-1/district-hukou")]
[Description("孩子为本区（门头沟区）户籍")]
[Program(SchoolEnrolmentPrograms.LocalPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)1")]
public sealed class DistrictHukouPrimaryRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Stage.Value == SchoolStage.Primary, c => c.Hukou.Value == HukouLocation.Mentougou)
            .Match<OfEntryAge>(a => a.Pupil == child)
            .Match<InformationCollectedInTime>(i => i.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.LocalPrimary));
    }
}
