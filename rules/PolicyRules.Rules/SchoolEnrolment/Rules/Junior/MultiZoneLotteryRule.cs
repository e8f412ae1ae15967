using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(3)：“多校划片：根据我区实际情况，永定地区的大峪一小和实验二小永定分校共同对应大峪中学分校和首师大附中永定分校，采用多校划片入学的方式，根据两所中学计划招生数（除去政策规定的特长生、住宿生、就近就读数等），以随机派位的方式确定学生入学学校（其中，2017年大峪中学分校在接收划定片区和人大附小京西校区京籍小学毕业生后的剩余学位数参加随机派位）。多校划片的随机派位工作由区教委统一组织。”
/// </summary>
[Name("school-enrolment/26-3-2-2-3/lottery")]
[Description("多校划片：在大峪中学分校和首师大附中永定分校之间随机派位")]
[Program(SchoolEnrolmentPrograms.JuniorMultiZone)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(3)")]
public sealed class MultiZoneLotteryRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.PrimarySchoolZone.Value == PrimarySchoolZone.DayuNo1 || c.PrimarySchoolZone.Value == PrimarySchoolZone.ShiyanNo2Yongding)
            .Match<JuniorEntryBasis>(b => b.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.JuniorMultiZone))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.JuniorMultiZone, "multi-zone-lottery"));
    }
}
