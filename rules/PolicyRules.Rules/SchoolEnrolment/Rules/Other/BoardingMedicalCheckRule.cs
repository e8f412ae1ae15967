using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(7)：“进入寄宿校（班）就读的适龄儿童少年，应按有关规定办理相关手续，入学时须向学校出示学生本人2017年4月28日以后在本市区县级以上医院进行一般性体格检查的体检证明。寄宿学校招收寄宿生人数不得超过本校的招收寄宿生计划数。……”
/// “以后” includes 28 April itself (interpretation SE-MEDICAL-AFTER); the hospital must be a Beijing district-level or higher
/// one, which is asked (not hidden in the question on the date). Both are read only for a boarder.
/// </summary>
[Name("school-enrolment/26-3-2-2-7/boarding-medical-check")]
[Description("寄宿生的体检在规定日期以后，在本市区县级以上医院进行")]
[Program(SchoolEnrolmentPrograms.Boarding)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(7)")]
public sealed class BoardingMedicalCheckRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at)
            .Match(() => child, c => c.Boarding.Value)
            .Match<Pupil>(
                c => c == child,
                c => c.MedicalCheckAtDistrictHospital.Value,
                c => c.HadMedicalCheckOnOrAfter(at.Parameters.MedicalCheckAfter));

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.Boarding))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.Boarding, "boarding-medical-certificate"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.Boarding, "boarding-plan-cap"));
    }
}
