using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 附件 时间表（每一行单独引用）：“5月5日前　各小学持申请回家庭新住址入学的毕业生户口簿、房屋产权证原件及申请表，统一到考试中心办理相关手续”。
/// </summary>
[Name("school-enrolment/26-annex/relocation-application")]
[Description("区内搬家入学申请：由小学持户口簿、房屋产权证原件及申请表到考试中心办理")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月5日前]")]
public sealed class RelocationApplicationRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.JuniorRelocation);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorRelocation, "relocation-application"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.JuniorRelocation, "graduate-hukou-booklet"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.JuniorRelocation, "new-home-property-title"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.JuniorRelocation, "relocation-application-form"));
    }
}
