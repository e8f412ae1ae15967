using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 附件 时间表（每一行单独引用）：“7月10日开始　各中小学（含接收小学毕业生的特殊教育学校）发放新生《入学通知书》”。
/// Not on the route back to the hukou or home district: that child is placed by the other district.
/// </summary>
[Name("school-enrolment/26-annex/junior-admission-notices")]
[Description("初中和特殊教育学校发放《入学通知书》的日期")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[7月10日开始]")]
public sealed class JuniorAdmissionNoticesRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;

        When()
            .Match(() => route, p => JuniorRoutes.AdmittedInDistrict.Contains(p.Program));

        Then()
            .Yield(_ => new DeadlineApplies(route.Program, "admission-notices"));
    }
}
