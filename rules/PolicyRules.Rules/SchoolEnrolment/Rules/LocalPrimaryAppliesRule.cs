using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三(一)1：“……本区户籍或具有本市户籍且家庭实际居住地……在本区的适龄儿童均须按区教委划定的学校服务片区参加学龄人口信息采集，免试就近入学。”
/// The route concerns children entering primary school with Beijing hukou.
/// </summary>
[Name("school-enrolment/26-3-1-1/local-primary-applies")]
[Description("本市户籍儿童小学入学")]
[Program(SchoolEnrolmentPrograms.LocalPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)1")]
public sealed class LocalPrimaryAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Stage.Value == SchoolStage.Primary, c => c.HasBeijingHukou());

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.LocalPrimary));
    }
}
