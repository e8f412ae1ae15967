using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 附件 时间表（每一行单独引用）：“5月8至12日　区考试中心受理回户口所在区县和到家庭实际居住地所在区县初中入学申请、审核、登记工作（10日之前完成办理出区手续）”。
/// The exit formalities fall due inside the application window; the report gives both dates and says how the
/// “10日之前” is read (interpretation SE-EXIT-BEFORE-10TH).
/// </summary>
[Name("school-enrolment/26-annex/return-application-dates")]
[Description("回户籍或家庭实际居住地所在区县入学的申请时间和出区手续期限")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月8至12日]")]
public sealed class ReturnApplicationDatesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.JuniorReturnHome);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorReturnHome, "return-application"))
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorReturnHome, "exit-formalities"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.JuniorReturnHome, "exit-before-10th"));
    }
}
