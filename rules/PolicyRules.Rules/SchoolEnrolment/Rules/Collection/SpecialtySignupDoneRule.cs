using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 附件[5月13日]：“准予招收特长生的学校受理小学毕业年级学生报名”；附件[5月20日]：“对报名的小学毕业年级学生……进行特长测试”。
/// 报名在13日当天（解释 SE-SPECIALTY-SIGNUP-DAY）；只有报了名的学生参加测试。
/// This rule: the window has closed, so whether the family acted in it decides; it is asked only now.
/// </summary>
[Name("school-enrolment/26-annex-0513/specialty-signup-done")]
[Description("在5月13日到准予招收特长生的学校报名")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月13日]")]
public sealed class SpecialtySignupDoneRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date > a.Parameters.SpecialtySignup)
            .Match(() => child)
            .Match<Steps>(s => s.SignedUpForSpecialty.Value);

        Then()
            .Yield(_ => new SpecialtySignedUpInTime(child));
    }
}
