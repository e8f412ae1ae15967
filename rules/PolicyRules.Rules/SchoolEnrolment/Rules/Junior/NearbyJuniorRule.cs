using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(1)：“就近就读：各一般初中校根据家庭实际居住地和户口所在地就近接收本市户籍的小学毕业生（含按本市户籍对待的学生）。”
/// </summary>
[Name("school-enrolment/26-3-2-2-1/nearby")]
[Description("一般初中校根据家庭实际居住地和户口所在地就近接收")]
[Program(SchoolEnrolmentPrograms.JuniorNearby)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(1)")]
public sealed class NearbyJuniorRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.PrimarySchoolZone.Value == PrimarySchoolZone.Other || c.PrimarySchoolZone.Value == PrimarySchoolZone.RenDaFuXiaoJingxi)
            .Match<JuniorEntryBasis>(b => b.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.JuniorNearby));
    }
}
