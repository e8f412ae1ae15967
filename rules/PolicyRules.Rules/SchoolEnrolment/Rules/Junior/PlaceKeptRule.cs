using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“……审核通过后，再由家长到户籍或家庭实际居住地所在区县教委主管部门办理登记手续，登记后将申请表交回区考试中心小招办公室。该生将由登记部门所在区县分配入学，本区不再保留其初中入学资格。”
/// 三(一)2: the place is for graduates of a 门头沟 primary school and those who completed the procedure to come back;
/// <see cref="JuniorEntryBasis"/> holds both, and only while no other district has registered the graduate.
/// </summary>
[Name("school-enrolment/26-3-2-2-5/place-kept")]
[Description("本区保留孩子的初中入学资格")]
[Program(SchoolEnrolmentPrograms.JuniorPlaceKept)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class PlaceKeptRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;
        Pupil child = default!;

        When()
            .Match(() => route, p => p.Program == SchoolEnrolmentPrograms.JuniorPlaceKept)
            .Match(() => child)
            .Match<JuniorEntryBasis>(b => b.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(route.Program))
            .Yield(_ => new Notice(route.Program, "place-kept-until-registered"));
    }
}
