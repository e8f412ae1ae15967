using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 附件[5月5日前]：“各小学持申请回家庭新住址入学的毕业生户口簿、房屋产权证原件及申请表，统一到考试中心办理相关手续”。
/// 5日当天已逾期（解释 SE-RELOCATION-BEFORE-5TH）。
/// This rule: the window has not closed on the evaluation date, so nothing is asked yet and the report gives the dates.
/// </summary>
[Name("school-enrolment/26-annex-0505/relocation-application-open")]
[Description("在5月5日前由小学持材料到区考试中心办理申请：期限尚未届满")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月5日前]")]
public sealed class RelocationApplicationOpenRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date < a.Parameters.RelocationApplicationsBy)
            .Match(() => child);

        Then()
            .Yield(_ => new RelocationAppliedInTime(child));
    }
}
