using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“……审核通过后，再由家长到户籍或家庭实际居住地所在区县教委主管部门办理登记手续，登记后将申请表交回区考试中心小招办公室。该生将由登记部门所在区县分配入学，本区不再保留其初中入学资格。”
/// This rule: a graduate applying to go back (the route, tested first) keeps the place until the other district registers
/// them (interpretation SE-PLACE-KEPT-UNTIL-REGISTERED).
/// </summary>
[Name("school-enrolment/26-3-2-2-5/not-yet-registered-keeps-place")]
[Description("尚未在户籍或家庭实际居住地所在区县办理初中入学登记")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class NotYetRegisteredKeepsPlaceRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.ReturnToHomeDistrict.Value)
            .Match<Steps>(s => !s.RegisteredInOtherDistrict.Value);

        Then()
            .Yield(_ => new PlaceKept(child));
    }
}
