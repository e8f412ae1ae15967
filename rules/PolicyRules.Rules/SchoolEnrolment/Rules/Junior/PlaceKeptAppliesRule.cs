using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“……审核通过后，再由家长到户籍或家庭实际居住地所在区县教委主管部门办理登记手续，登记后将申请表交回区考试中心小招办公室。该生将由登记部门所在区县分配入学，本区不再保留其初中入学资格。”
/// The program answers whether the district keeps a junior place for the graduate: it concerns the Beijing graduates the
/// junior routes are for (interpretation SE-JUNIOR-BEIJING-ONLY).
/// </summary>
[Name("school-enrolment/26-3-2-2-5/place-kept-applies")]
[Description("本市户籍（含按本市户籍对待）的小学毕业生升入初中")]
[Program(SchoolEnrolmentPrograms.JuniorPlaceKept)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class PlaceKeptAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Stage.Value == SchoolStage.JuniorSecondary)
            .Match<BeijingGraduate>(g => g.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.JuniorPlaceKept));
    }
}
