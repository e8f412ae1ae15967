using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 附件 时间表（每一行单独引用）：“5月13日　准予招收特长生的学校受理小学毕业年级学生报名”；“5月20日　对报名的小学毕业年级学生体育、艺术和科技特长生进行特长测试”；“5月28日　区考试中心完成特长生录取工作”。
/// </summary>
[Name("school-enrolment/26-annex/specialty-dates")]
[Description("特长生报名、测试和录取的日期")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月13日]")]
public sealed class SpecialtyDatesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.JuniorSpecialty);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorSpecialty, "specialty-signup"))
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorSpecialty, "specialty-test"))
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorSpecialty, "specialty-admission"));
    }
}
