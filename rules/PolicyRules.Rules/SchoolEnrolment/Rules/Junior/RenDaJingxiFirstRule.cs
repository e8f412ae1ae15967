using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(3)：“……（其中，2017年大峪中学分校在接收划定片区和人大附小京西校区京籍小学毕业生后的剩余学位数参加随机派位）……”
/// The 京籍 graduates of 人大附小京西校区 are admitted by 大峪中学分校 before the lottery, so they are not in it
/// (interpretation SE-RENDA-JINGXI); the report tells them on the nearby route.
/// </summary>
[Name("school-enrolment/26-3-2-2-3/renda-jingxi-first")]
[Description("人大附小京西校区京籍毕业生由大峪中学分校在派位前接收")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(3)")]
public sealed class RenDaJingxiFirstRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.PrimarySchoolZone.Value == PrimarySchoolZone.RenDaFuXiaoJingxi)
            .Match<JuniorEntryBasis>(b => b.Pupil == child);

        Then()
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.JuniorNearby, "renda-jingxi-dayu-branch"));
    }
}
