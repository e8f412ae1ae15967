using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“……审核通过后，再由家长到户籍或家庭实际居住地所在区县教委主管部门办理登记手续，登记后将申请表交回区考试中心小招办公室。该生将由登记部门所在区县分配入学，本区不再保留其初中入学资格。”
/// This rule: a graduate who is not going back to the hukou or home district keeps the place.
/// </summary>
[Name("school-enrolment/26-3-2-2-5/not-returning-keeps-place")]
[Description("不申请回户籍或家庭实际居住地所在区县的，本区保留初中入学资格")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class NotReturningKeepsPlaceRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => !c.ReturnToHomeDistrict.Value);

        Then()
            .Yield(_ => new PlaceKept(child));
    }
}
