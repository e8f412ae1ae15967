using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“小学毕业生可以申请回户籍或家庭实际居住地所在区县升入初中。申请到外区县入读初中的小学毕业生，须在规定时间内，在就读小学提出申请，小学进行初审合格后，在就读的小学打印并填写‘回户籍或家庭实际居住地入学申请表’，由家长携带相关材料（出具监护人的房屋产权证及全家户口簿等有关证明）统一到区考试中心小招办公室办理审核手续，审核通过后，再由家长到户籍或家庭实际居住地所在区县教委主管部门办理登记手续，登记后将申请表交回区考试中心小招办公室。该生将由登记部门所在区县分配入学，本区不再保留其初中入学资格。”
/// The application is made at the primary school the child attends, so the route is for graduates of a 门头沟
/// primary school (interpretation SE-RETURN-DISTRICT-GRADUATES), and “在规定时间内”: the exit formalities before the 10th
/// (附件[5月8至12日], <see cref="ExitInTime"/>); going to the home district needs the guardian's title there
/// (<see cref="ReturnDestinationProven"/>, interpretation SE-RETURN-TITLE).
/// </summary>
[Name("school-enrolment/26-3-2-2-5/return-to-home-district")]
[Description("在门头沟区完成小学教育，可申请回户籍或家庭实际居住地所在区县升入初中")]
[Program(SchoolEnrolmentPrograms.JuniorReturnHome)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class ReturnHomeRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.ReturnToHomeDistrict.Value, c => c.PrimaryCompletion.Value == PrimaryCompletion.Mentougou)
            .Match<BeijingGraduate>(g => g.Pupil == child)
            .Match<ReturnDestinationProven>(d => d.Pupil == child)
            .Match<ExitInTime>(e => e.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.JuniorReturnHome))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.JuniorReturnHome, "return-application-form"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.JuniorReturnHome, "family-hukou-booklet"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.JuniorReturnHome, "return-steps"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.JuniorReturnHome, "return-place-given-up"));
    }
}
