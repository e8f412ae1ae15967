using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(4)：“小学毕业生因棚户区改造和山区规划调整等特殊原因导致家庭住址在区内变动的，可以申请到家庭新住址所对应的学校入学。但如果该学校接收确有困难，则由区教委协调其他学校解决。”
/// The new address is proven by the title the primary school takes to the 考试中心 (附件 5月5日前; 三(一)3
/// “凭房屋所有权证或不动产权证书”), so a family without one cannot use this route (interpretation SE-RELOCATION-TITLE);
/// and the primary school must have applied before 5 May (附件[5月5日前], <see cref="RelocationAppliedInTime"/>).
/// </summary>
[Name("school-enrolment/26-3-2-2-4/relocation")]
[Description("区内搬家：可申请到家庭新住址所对应的学校入学")]
[Program(SchoolEnrolmentPrograms.JuniorRelocation)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(4)")]
public sealed class RelocationRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.RelocatedWithinDistrict.Value)
            .Match<Family>(f => f.OwnsTitledHomeInDistrict.Value)
            .Match<JuniorEntryBasis>(b => b.Pupil == child)
            .Match<RelocationAppliedInTime>(r => r.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.JuniorRelocation))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.JuniorRelocation, "relocation-coordination"));
    }
}
