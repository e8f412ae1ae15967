using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(一)2：“具有本市户籍且在门头沟区完成小学教育的学生和已经办理回门头沟区升入初中手续的在本市外区及外省市完成小学教育的学生，按照就近就读、单校划片或多校划片的办法到相应初中学校继续接受义务教育。”
/// This rule carries the first condition, 具有本市户籍. The junior-entry clauses name no route for graduates without
/// Beijing hukou (interpretation SE-JUNIOR-BEIJING-ONLY), so they fall outside every junior program.
/// </summary>
[Name("school-enrolment/26-3-1-2/beijing-hukou-graduate")]
[Description("孩子具有本市户籍，小学毕业升入初中")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)2")]
public sealed class BeijingHukouGraduateRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Stage.Value == SchoolStage.JuniorSecondary, c => c.HasBeijingHukou());

        Then()
            .Yield(_ => new BeijingGraduate(child));
    }
}
