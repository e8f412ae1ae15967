using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// 京籍无户口 children take the Beijing-hukou route and register separately (interpretation SE-BEIJING-UNREGISTERED);
/// the timetable names no dates for them, so the separate-collection days are used (interpretation SE-UNREGISTERED-DATES).
/// </summary>
[Name("school-enrolment/26-3-2-1/separate-collection-unregistered")]
[Description("京籍无户口儿童到区考试中心单独采集信息")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class SeparateCollectionUnregisteredRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.LocalPrimary)
            .Match<Pupil>(c => c.Hukou.Value == HukouLocation.BeijingUnregistered);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.LocalPrimary, "separate-collection"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.LocalPrimary, "separate-collection-unregistered"));
    }
}
