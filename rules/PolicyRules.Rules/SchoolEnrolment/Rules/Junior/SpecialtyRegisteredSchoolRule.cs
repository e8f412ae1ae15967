using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(6)：“……在市教委备案可招收体育、艺术和科技特长生的学校，原则上可在本区跨片招生，其他义务教育学校一律不得以特长生名义招收学生。特长生项目和数量将向中华优秀传统文化、非物质文化遗产方向倾斜。2017年各特长生招生校招收特长生单项比例要降到学校招生总人数的4%（多项8%）以内，全区招收特长生比例要降到本区招生总人数的4%以内。招生学校要向社会公布特长生招生计划。”
/// The caps bind the schools: how many specialty students the school may admit is computed as an amount from its planned
/// intake (amounts.yaml, rounded down: interpretation SE-SPECIALTY-CAP-ROUNDING). Only a graduate who signed up on the
/// sign-up day is tested (附件[5月13日], <see cref="SpecialtySignedUpInTime"/>).
/// </summary>
[Name("school-enrolment/26-3-2-2-6/registered-school")]
[Description("报考的学校在市教委备案可招收特长生")]
[Program(SchoolEnrolmentPrograms.JuniorSpecialty)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(6)")]
public sealed class SpecialtyRegisteredSchoolRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.SpecialtyApplicant.Value, c => c.SpecialtySchoolRegistered.Value)
            .Match<JuniorEntryBasis>(b => b.Pupil == child)
            .Match<SpecialtySignedUpInTime>(s => s.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.JuniorSpecialty))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.JuniorSpecialty, "specialty-caps"))
            .Yield(_ => new AmountGranted(SchoolEnrolmentPrograms.JuniorSpecialty, "specialty-single-item-places"))
            .Yield(_ => new AmountGranted(SchoolEnrolmentPrograms.JuniorSpecialty, "specialty-several-items-places"));
    }
}
